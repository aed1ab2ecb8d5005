import type { Command } from "commander";
import { dmyFromSerial, weekdayOfSerial } from "../../shared/calendar/serial";
import { workdaysLeft } from "../../shared/calendar/workingDays";
import { daysLeft, lastDayOnTime } from "../../shared/deadline/deadlineStatus";
import { milestoneDue } from "../../shared/deadline/milestoneDue";
import { loadCampaign, parseAsOf, printJson } from "../options";
import { WEEKDAY_VI } from "./calendar";

/** `phuluc deadlines [--as-of date]`: each level's milestones with days and working days left. */
export function registerDeadlinesCommand(program: Command): void {
  program
    .command("deadlines")
    .description("Các mốc thời hạn theo cấp, số ngày và số ngày làm việc còn lại")
    .option("--as-of <date>", "tính đến ngày (mặc định: hôm nay)")
    .option("-c, --campaign <file>", "tệp JSON mô tả đợt báo cáo")
    .option("--json", "in kết quả dạng JSON")
    .action(async (opts: { asOf?: string; campaign?: string; json?: boolean }) => {
      const campaign = await loadCampaign(opts.campaign);
      const asOf = parseAsOf(opts.asOf);
      const extra = campaign.calendar.extraHolidays;
      const levels = campaign.levels.map((level) => ({
        level: level.code,
        name: level.name,
        milestones: level.milestones.map((m) => {
          const due = milestoneDue(campaign, level.code, m.id)!;
          const last = lastDayOnTime(due.due, due.inclusive);
          return {
            id: m.id,
            label: m.label,
            asWritten: m.asWritten,
            due: dmyFromSerial(due.due),
            inclusive: due.inclusive,
            lastDayOnTime: dmyFromSerial(last),
            daysLeft: daysLeft(last, asOf),
            workingDaysLeft: workdaysLeft(last, asOf, extra),
            lastDayIsWorkingDay: workdaysLeft(last, last - 1, extra) === 1,
          };
        }),
      }));
      if (opts.json) {
        printJson({ asOf: dmyFromSerial(asOf), campaign: campaign.id, levels });
        return;
      }
      const lines = [
        `Các mốc thời hạn tính đến ${WEEKDAY_VI[weekdayOfSerial(asOf)].toLowerCase()} ${dmyFromSerial(asOf)}`,
        "",
      ];
      for (const l of levels) {
        lines.push(`${l.name} (${l.level})`);
        for (const m of l.milestones) {
          const when = m.inclusive
            ? `đến hết ngày ${m.due}`
            : `trước ngày ${m.due} (hạn cuối ${m.lastDayOnTime})`;
          const left =
            m.daysLeft >= 0
              ? `còn ${m.daysLeft} ngày, ${m.workingDaysLeft} ngày làm việc`
              : `đã quá ${-m.daysLeft} ngày`;
          const note = m.lastDayIsWorkingDay ? "" : " — hạn cuối rơi vào ngày nghỉ";
          lines.push(`  • ${m.label}: ${when}; ${left}${note}`, `      "${m.asWritten}"`);
        }
      }
      process.stdout.write(lines.join("\n") + "\n");
    });
}
