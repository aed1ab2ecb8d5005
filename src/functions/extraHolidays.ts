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
export function extraHolidays(range: unknown): ExtraHoliday[] {
  const name = localized({ vi: "Ngày nghỉ thêm", en: "Extra day off" });
  const what = { vi: "ngày nghỉ", en: "holiday" };
  const given = cellsOf(range)
    .flat()
    .filter((cell) => !isBlank(cell))
    .map((cell) => ({ date: isoFromSerial(toSerial(cell, what, CALENDAR_DATES)), name }));
  const own = activeCampaign().calendar?.extraHolidays ?? [];
  return own.length === 0 ? given : [...own, ...given];
}
