import { isoFromSerial } from "../shared/calendar/serial";
import type { ExtraHoliday } from "../shared/model";
import { activeCampaign } from "./activeCampaign";
import { cellsOf } from "./cellsOf";
import { isBlank } from "./isBlank";
import { localized } from "./localized";
import { CALENDAR_DATES } from "./serialRange";
import { toSerial } from "./toSerial";

/**
 * The days off beyond the statutory calendar: the active campaign's own (declared by the office)
 * plus the dates in a holidays range, as Excel's WORKDAY takes them (blank cells ignored, anything
 * else that is not a date → #VALUE!).
 *
 * @example extraHolidays([[44319], [""]]) → [{ date: "2021-05-03", name: "Ngày nghỉ thêm" }]
 */
export function extraHolidays(range: unknown): readonly ExtraHoliday[] {
  const own = activeCampaign().calendar?.extraHolidays ?? NONE;
  const cells = cellsOf(range)
    .flat()
    .filter((cell) => !isBlank(cell));
  // Most calls give no range: the campaign's own list as it is, the same array each time, so the
  // calendar's index of it is found at once (WORKDAYSLEFT is evaluated in bulk).
  if (cells.length === 0) return own;
  const name = localized({ vi: "Ngày nghỉ thêm", en: "Extra day off" });
  const what = { vi: "ngày nghỉ", en: "holiday" };
  const given = cells.map((cell) => ({
    date: isoFromSerial(toSerial(cell, what, CALENDAR_DATES)),
    name,
  }));
  return own.length === 0 ? given : [...own, ...given];
}

const NONE: readonly ExtraHoliday[] = Object.freeze([]);
