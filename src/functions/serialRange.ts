import { serialFromYmd } from "../shared/calendar/serial";

/** Serials a date argument may take, both ends included. */
export interface SerialRange {
  min: number;
  max: number;
}

/** Every date Excel can show: 1900-01-01 (1) to 9999-12-31 (2958465). */
export const ANY_DATE: SerialRange = { min: 1, max: serialFromYmd(9999, 12, 31) };

/**
 * Dates the Vietnamese calendar answers for: its lunar dates (and so Tết and Giỗ Tổ) are computed
 * for 1900–2100, and Excel's weekdays before 1900-03-01 are off by one (the 1900 leap-year quirk).
 */
export const CALENDAR_DATES: SerialRange = {
  min: serialFromYmd(1900, 3, 1),
  max: serialFromYmd(2100, 12, 31),
};
