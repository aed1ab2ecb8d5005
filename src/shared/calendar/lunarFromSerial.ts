import { jdFromSerial } from "./julianDay";
import type { LunarDate } from "./lunarDate";
import { lunarFromJd } from "./lunarFromJd";

/**
 * The lunar date of an Excel serial (from 61 = 1900-03-01 on; see {@link jdFromSerial}).
 *
 * @example lunarFromSerial(44320) // { day: 23, month: 3, year: 2021, leap: false } — 04/05/2021
 */
export function lunarFromSerial(serial: number): LunarDate {
  return lunarFromJd(jdFromSerial(serial));
}
