import { dmyFromSerial } from "../calendar/serial";
import type { Consolidation } from "../consolidate/consolidate";
import { isOnTime } from "../deadline/deadlineStatus";
import { milestoneDue } from "../deadline/milestoneDue";
import type { Campaign } from "../model";
import type { ProgressRow } from "../validate/progress";
import type { DraftFigure } from "./draftTypes";
import { formatViNumber, formatViPercent } from "./formatVi";
import { countInProse } from "./numberWords";
import { lowerFirst, unitsNoun } from "./phrases";

/** Info field holding the date a unit held its conference (the calendar reads it too). */
export const CONFERENCE_FIELD = "conferenceDate";

/**
 * The opening figures of the report: how many units sent their report and appendix by the
 * as-of date, on time or late, which are still missing, whose figures the tables hold, and how
 * many held their conference, on time or not.
 *
 * @example coverageFigures(campaign, c, progress, serialFromIso("2021-05-06"))[0].text
 * // "Tính đến ngày 06/05/2021, đã nhận được báo cáo, phụ lục của 30/32 tổ chức cơ sở đảng (đạt 93,75 %), …"
 */
export function coverageFigures(
  campaign: Campaign,
  c: Consolidation,
  progress: ProgressRow[],
  asOf: number,
): DraftFigure[] {
  const noun = unitsNoun(campaign);
  const expected = progress.length;
  if (expected === 0) return [];
  const received = progress.filter((p) => p.file !== undefined);
  const count = (kind: string) => received.filter((p) => p.status.kind === kind).length;
  const missing = progress.filter((p) => p.file === undefined);
  const timing = [
    `${formatViNumber(count("onTime"))} đơn vị gửi đúng thời hạn`,
    count("late") > 0 ? `${formatViNumber(count("late"))} đơn vị gửi chậm` : "",
    count("noDate") > 0 ? `${formatViNumber(count("noDate"))} đơn vị chưa ghi ngày gửi` : "",
  ].filter(Boolean);
  const source = "Tiến độ";
  const out: DraftFigure[] = [
    {
      text:
        `Tính đến ngày ${dmyFromSerial(asOf)}, đã nhận được báo cáo, phụ lục của ${formatViNumber(received.length)}/${formatViNumber(expected)} ${noun} (đạt ${formatViPercent(received.length / expected)}), trong đó ${timing.join(", ")}` +
        (missing.length > 0
          ? `; còn ${countInProse(missing.length)} đơn vị chưa gửi: ${missing.map((p) => p.unit.name).join(", ")}.`
          : "."),
      source,
      refs: [],
    },
  ];
  if (c.units.length !== received.length)
    out.push({
      text: `Số liệu tổng hợp trong báo cáo này gồm phụ lục của ${formatViNumber(c.units.length)} ${noun}; ${countInProse(received.length - c.units.length)} đơn vị đã gửi nhưng chưa được đưa vào tổng hợp (tệp không đọc được hoặc số liệu còn lỗi).`,
      source,
      refs: [],
    });
  const conference = conferenceFigure(campaign, c, expected, asOf);
  if (conference) out.push(conference);
  return out;
}

/** "Có 28/32 tổ chức cơ sở đảng (đạt 87,5 %) đã tổ chức hội nghị sơ kết, trong đó 25 đơn vị hoàn thành đúng thời hạn." */
function conferenceFigure(
  campaign: Campaign,
  c: Consolidation,
  expected: number,
  asOf: number,
): DraftFigure | undefined {
  let held = 0;
  let onTime = 0;
  let label = "";
  for (const { unit, report } of c.units) {
    const date = report.info[CONFERENCE_FIELD]?.v;
    if (typeof date !== "number" || date > asOf) continue;
    held++;
    const due = milestoneDue(campaign, unit.level, "conference");
    if (!due) continue;
    label ||= due.milestone.label;
    if (isOnTime(date, due.due, due.inclusive)) onTime++;
  }
  if (held === 0 || !label) return undefined;
  return {
    text: `Có ${formatViNumber(held)}/${formatViNumber(expected)} ${unitsNoun(campaign)} (đạt ${formatViPercent(held / expected)}) đã tổ chức ${lowerFirst(label)}, trong đó ${formatViNumber(onTime)} đơn vị hoàn thành đúng thời hạn.`,
    source: `Thông tin đơn vị – ngày tổ chức ${lowerFirst(label)}`,
    refs: [],
  };
}
