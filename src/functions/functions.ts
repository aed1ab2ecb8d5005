/**
 * The PHULUC custom functions. Each is a thin shell over src/shared: it reads Excel's arguments
 * (serials, text dates, level codes, ranges), calls the core, and turns every problem into an
 * Excel error. custom-functions-metadata-plugin reads the JSDoc below to write functions.json and
 * appends the `CustomFunctions.associate` calls to this file at build time.
 *
 * Deadlines: a level code ("CBCS") stands for its milestone read as the plan writes it, and
 * DEADLINE returns the LAST DAY ON TIME ("trước ngày 05/5/2021" → 04/5/2021), so that any date
 * given as a due date is inclusive everywhere and STATUS(C2; PHULUC.DEADLINE("CBCS")) equals
 * STATUS(C2; "CBCS").
 */
import { formatLunar } from "../shared/calendar/formatLunar";
import { holidayName } from "../shared/calendar/holidayName";
import { lunarFromSerial } from "../shared/calendar/lunarFromSerial";
import { LAST_YEAR } from "../shared/calendar/workingDayIndex";
import {
  addWorkdays,
  networkDays as networkDaysOf,
  workdaysLeft as workdaysLeftOf,
} from "../shared/calendar/workingDays";
import { deadlineStatus, lastDayOnTime as lastDayOf } from "../shared/deadline/deadlineStatus";
import { formatDeadlineStatus } from "../shared/deadline/formatDeadlineStatus";
import { normalizeLabel } from "../shared/text/normalizeLabel";
import { activeCampaign } from "./activeCampaign";
import { completionRate } from "./completionRate";
import { extraHolidays } from "./extraHolidays";
import { fail } from "./fail";
import { findMilestoneDue } from "./findMilestoneDue";
import { guarded } from "./guarded";
import { isBlank } from "./isBlank";
import { passOnError } from "./passOnError";
import { functionsLanguage } from "./language";
import { isLevelCode, lastDayOnTime } from "./lastDayOnTime";
import { reportingRate as reportingRateOf } from "./reportingRate";
import { CALENDAR_DATES } from "./serialRange";
import { timelinessRate } from "./timelinessRate";
import { todaySerial } from "../shared/calendar/todaySerial";
import { toSerial } from "./toSerial";
import { toWholeNumber } from "./toWholeNumber";

export { setActiveCampaign } from "./activeCampaign";
export { setFunctionsLanguage } from "./language";

const DUE = { vi: "hạn", en: "due date" };
const AS_OF = { vi: "ngày tính", en: "as-of date" };
const SUBMITTED = { vi: "ngày nộp", en: "submission date" };
const DATE = { vi: "ngày", en: "date" };
const START = { vi: "ngày bắt đầu", en: "start date" };
const END = { vi: "ngày kết thúc", en: "end date" };

/** The as-of date: the one given, else today. */
function asOfSerial(asOf: unknown): number {
  return isBlank(asOf) ? todaySerial() : toSerial(asOf, AS_OF);
}

/** A calendar function's result, checked to stay within the calendar's dates. */
function onCalendar(serial: number): number {
  if (serial < CALENDAR_DATES.min || serial > CALENDAR_DATES.max)
    fail("invalidNumber", {
      vi: `Kết quả ngoài khoảng ngày hỗ trợ (1900–${LAST_YEAR})`,
      en: `The result is outside the supported dates (1900–${LAST_YEAR})`,
    });
  return serial;
}

/**
 * The last day on time for a level's milestone in the active campaign ("trước ngày 05/5/2021"
 * gives 04/5/2021). A date given instead of a level is returned as it is.
 * @customfunction DEADLINE
 * @param level Level code (DBCS, CBCS, CBTT, DBK) or a date.
 * @param [milestone] "report" or "conference" ("báo cáo", "hội nghị"); the level's report by default.
 * @returns Date serial of the last day on time.
 */
export function deadline(level: any, milestone?: any): number {
  return guarded(() => {
    passOnError(milestone);
    if (!isLevelCode(level)) return toSerial(level, DUE);
    const found = findMilestoneDue(activeCampaign(), level, milestone);
    return lastDayOf(found.due, found.inclusive);
  });
}

/**
 * Calendar days from the as-of date to the last day on time (negative when overdue).
 * @customfunction DAYSLEFT
 * @volatile
 * @param due Level code or last day on time.
 * @param [asOf] Date to count from; today by default.
 * @returns Days left.
 */
export function daysLeft(due: any, asOf?: any): number {
  return guarded(() => lastDayOnTime(due, DUE) - asOfSerial(asOf));
}

/**
 * Vietnamese working days after the as-of date up to the last day on time (negative when overdue).
 * @customfunction WORKDAYSLEFT
 * @volatile
 * @param due Level code or last day on time.
 * @param [asOf] Date to count from; today by default.
 * @returns Working days left.
 */
export function workdaysLeft(due: any, asOf?: any): number {
  return guarded(() => {
    const last = toSerial(lastDayOnTime(due, DUE), DUE, CALENDAR_DATES);
    const from = toSerial(asOfSerial(asOf), AS_OF, CALENDAR_DATES);
    return workdaysLeftOf(last, from, extraHolidays(null));
  });
}

/**
 * TRUE when a submission date is on or before the last day on time; FALSE when late or blank.
 * @customfunction ONTIME
 * @param submitted Submission date (blank: not submitted).
 * @param due Level code or last day on time.
 * @returns Whether the submission was on time.
 */
export function onTime(submitted: any, due: any): boolean {
  return guarded(() => {
    const last = lastDayOnTime(due, DUE);
    return !isBlank(submitted) && toSerial(submitted, SUBMITTED) <= last;
  });
}

/**
 * Deadline status: "Đúng hạn", "Trễ N ngày" when submitted; "Còn N ngày", "Quá hạn N ngày" when not.
 * @customfunction STATUS
 * @volatile
 * @param submitted Submission date (blank: not submitted).
 * @param due Level code or last day on time.
 * @param [asOf] Date to count from; today by default.
 * @returns The status in the display language.
 */
export function status(submitted: any, due: any, asOf?: any): string {
  return guarded(() => {
    const last = lastDayOnTime(due, DUE);
    const sent = isBlank(submitted) ? undefined : toSerial(submitted, SUBMITTED);
    const today = sent === undefined ? asOfSerial(asOf) : 0;
    return formatDeadlineStatus(deadlineStatus(sent, last, true, today), functionsLanguage());
  });
}

/**
 * Share of required cells that hold a value (not blank, not an error).
 * @customfunction COMPLETION
 * @param range Cells to check.
 * @param [required] Same-size range of TRUE/FALSE, 1/0 or "x" marking required cells; all by default.
 * @returns A fraction from 0 to 1.
 */
export function completion(range: any[][], required?: any[][]): number {
  return guarded(() => completionRate(range, required));
}

/**
 * Share of units with a submission date.
 * @customfunction REPORTINGRATE
 * @param submittedRange Submission dates, one cell per unit.
 * @returns A fraction from 0 to 1.
 */
export function reportingRate(submittedRange: any[][]): number {
  return guarded(() => reportingRateOf(submittedRange));
}

/**
 * Among units that submitted, the share that did so on time.
 * @customfunction TIMELINESS
 * @param submittedRange Submission dates, one cell per unit.
 * @param dueRange One level code or last day on time for all, or one per unit.
 * @returns A fraction from 0 to 1.
 */
export function timeliness(submittedRange: any[][], dueRange: any[][]): number {
  return guarded(() => timelinessRate(submittedRange, dueRange));
}

/**
 * The working day a number of working days before or after a start date, on the Vietnamese calendar.
 * Its id is not WORKDAY: Microsoft's naming guidance asks custom functions not to take Excel's own
 * names (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming).
 * @customfunction WORKDAYVN
 * @param start Start date (not counted).
 * @param days Working days to add (negative: go back).
 * @param [holidays] Extra days off.
 * @returns Date serial.
 */
export function workdayVn(start: any, days: any, holidays?: any[][]): number {
  return guarded(() => {
    const from = toSerial(start, START, CALENDAR_DATES);
    const n = toWholeNumber(days, { vi: "số ngày", en: "days" });
    return onCalendar(addWorkdays(from, n, extraHolidays(holidays)));
  });
}

/**
 * Working days between two dates, both included, on the Vietnamese calendar (id NETWORKDAYSVN, not
 * Excel's NETWORKDAYS, as WORKDAYVN).
 * @customfunction NETWORKDAYSVN
 * @param start Start date.
 * @param end End date.
 * @param [holidays] Extra days off.
 * @returns Working days (negative when end is before start).
 */
export function networkDaysVn(start: any, end: any, holidays?: any[][]): number {
  return guarded(() =>
    networkDaysOf(
      toSerial(start, START, CALENDAR_DATES),
      toSerial(end, END, CALENDAR_DATES),
      extraHolidays(holidays),
    ),
  );
}

/**
 * The name of the holiday or day off on a date, or FALSE.
 * @customfunction ISHOLIDAY
 * @param date Date to check.
 * @param [holidays] Extra days off.
 * @returns Holiday name or FALSE.
 */
export function isHoliday(date: any, holidays?: any[][]): any {
  return guarded(() => {
    const serial = toSerial(date, DATE, CALENDAR_DATES);
    return holidayName(serial, extraHolidays(holidays), functionsLanguage()) ?? false;
  });
}

/**
 * The Vietnamese lunar date of a date, e.g. "Ngày 23 tháng 3 năm Tân Sửu".
 * @customfunction LUNAR
 * @param date Date to convert.
 * @param [style] "long" (default) or "short" ("23/3/2021 ÂL").
 * @returns Lunar date text.
 */
export function lunar(date: any, style?: any): string {
  return guarded(() => {
    const serial = toSerial(date, DATE, CALENDAR_DATES);
    passOnError(style);
    const key = isBlank(style) ? "long" : normalizeLabel(String(style));
    const shape =
      key === "long" || key === "dai"
        ? "long"
        : key === "short" || key === "ngan"
          ? "short"
          : undefined;
    if (!shape)
      fail("invalidValue", {
        vi: `Kiểu phải là "long" hoặc "short": ${String(style)}`,
        en: `The style must be "long" or "short": ${String(style)}`,
      });
    return formatLunar(lunarFromSerial(serial), shape, functionsLanguage());
  });
}
