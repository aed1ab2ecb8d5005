import type { Command } from "commander";
import { addWorkdays } from "../../shared/calendar/addWorkdays";
import { holidayName } from "../../shared/calendar/holidayName";
import { isWorkingDay } from "../../shared/calendar/isWorkingDay";
import { dmyFromSerial, isoFromSerial, serialFromIso } from "../../shared/calendar/serial";
import { weekdayName } from "../../shared/calendar/weekdayName";
import { workdaysLeft } from "../../shared/calendar/workdaysLeft";
import { daysLeft, deadlineStatus, lastDayOnTime } from "../../shared/deadline/deadlineStatus";
import { formatDeadlineStatus } from "../../shared/deadline/formatDeadlineStatus";
import { milestoneDue } from "../../shared/deadline/milestoneDue";
import type { Campaign, ExtraHoliday } from "../../shared/model";
import { loadCampaign, parseAsOf, printJson } from "../options";

/** One milestone seen from a day: everything a deadline board shows. */
function milestoneRow(
  campaign: Campaign,
  levelCode: string,
  milestoneId: string,
  asOf: number,
  extra: readonly ExtraHoliday[],
) {
  const due = milestoneDue(campaign, levelCode, milestoneId)!;
  const last = lastDayOnTime(due.due, due.inclusive);
  // A last day on a weekend or holiday leaves the working day before it as the real last chance.
  const lastWorking = isWorkingDay(last, extra) ? last : addWorkdays(last, -1, extra);
  const status = deadlineStatus(undefined, due.due, due.inclusive, asOf);
  return {
    id: due.milestone.id,
    label: due.milestone.label,
    asWritten: due.asWritten,
    due: isoFromSerial(due.due),
    inclusive: due.inclusive,
    ...(due.window && {
      window: { from: isoFromSerial(due.window.from), to: isoFromSerial(due.window.to) },
    }),
    lastDayOnTime: isoFromSerial(last),
    lastDayOff: isWorkingDay(last, extra)
      ? undefined
      : (holidayName(last, extra) ?? weekdayName(last)),
    lastWorkingDayOnTime: isoFromSerial(lastWorking),
    daysLeft: daysLeft(due.due, asOf),
    workingDaysLeft: workdaysLeft(last, asOf, extra),
    status: {
      ...status,
      text: formatDeadlineStatus(status, "vi"),
      textEn: formatDeadlineStatus(status, "en"),
    },
  };
}

/** "Thứ Năm 29/04/2021". */
const day = (iso: string) =>
  `${weekdayName(serialFromIso(iso))} ${dmyFromSerial(serialFromIso(iso))}`;
const dmy = (iso: string) => dmyFromSerial(serialFromIso(iso));

/**
 * `phuluc deadlines [--as-of date] [--json]`: each level's milestones with the plan's words, the
 * due date, the last day on time, and the calendar and working days left (working days counted
 * after asOf up to the last day on time; negative when overdue).
 */
export function registerDeadlinesCommand(program: Command): void {
  program
    .command("deadlines")
    .description("Các mốc thời hạn theo cấp: số ngày và số ngày làm việc còn lại")
    .option("--as-of <date>", "tính đến ngày, dạng 2021-04-28 hoặc 28/04/2021 (mặc định: hôm nay)")
    .option("-c, --campaign <file>", "tệp JSON mô tả đợt báo cáo (mặc định: đợt có sẵn)")
    .option("--json", "in kết quả dạng JSON")
    .action(async (opts: { asOf?: string; campaign?: string; json?: boolean }) => {
      const campaign = await loadCampaign(opts.campaign);
      const asOf = parseAsOf(opts.asOf);
      const extra = campaign.calendar.extraHolidays;
      const levels = campaign.levels.map((level) => ({
        code: level.code,
        name: level.name,
        milestones: level.milestones.map((m) =>
          milestoneRow(campaign, level.code, m.id, asOf, extra),
        ),
      }));
      if (opts.json) {
        printJson({ deadlines: { asOf: isoFromSerial(asOf), campaign: campaign.id, levels } });
        return;
      }
      const lines = [`Các mốc thời hạn, tính đến ${weekdayName(asOf)} ${dmyFromSerial(asOf)}`];
      for (const level of levels) {
        lines.push("", `${level.name} (${level.code})`);
        for (const m of level.milestones) {
          const when = m.window
            ? `từ ${dmy(m.window.from)} đến hết ${dmy(m.window.to)}`
            : m.inclusive
              ? `đến hết ngày ${dmy(m.due)}`
              : `trước ngày ${dmy(m.due)}`;
          const off = m.lastDayOff
            ? ` — ngày nghỉ (${m.lastDayOff}); ngày làm việc cuối: ${day(m.lastWorkingDayOnTime)}`
            : "";
          const working =
            m.status.kind === "left"
              ? `còn ${m.workingDaysLeft} ngày làm việc`
              : `quá ${-m.workingDaysLeft} ngày làm việc`;
          lines.push(
            `  • ${m.label}: ${when}`,
            `      "${m.asWritten}"`,
            `      Hạn cuối: ${day(m.lastDayOnTime)}${off}`,
            `      ${m.status.text} (${working})`,
          );
        }
      }
      process.stdout.write(lines.join("\n") + "\n");
    });
}
