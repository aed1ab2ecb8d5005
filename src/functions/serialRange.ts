import { serialFromYmd } from "../shared/calendar/serial";
import { FIRST_SERIAL, LAST_SERIAL } from "../shared/calendar/workingDayIndex";

/** Serials a date argument may take, both ends included. */
export interface SerialRange {
  min: number;
  max: number;
}

/** Every date Excel can show: 1900-01-01 (1) to 9999-12-31 (2958465). */
export const ANY_DATE: SerialRange = { min: 1, max: serialFromYmd(9999, 12, 31) };

/**
 * Dates the Vietnamese working calendar answers for (1900-03-01 to 2199-12-31): Excel's weekdays
 * before 1900-03-01 are off by one (the 1900 leap-year quirk), and the calendar indexes no later
 * year.
 */
export const CALENDAR_DATES: SerialRange = { min: FIRST_SERIAL, max: LAST_SERIAL };
