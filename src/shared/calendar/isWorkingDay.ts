import type { ExtraHoliday } from "../model";
import { checkedSerial, extraSet, isBaseWorkingDay } from "./workingDayIndex";

/**
 * Whether a day is a working day in Vietnam's public sector: Monday–Friday, not a statutory,
 * compensatory, swapped or extra holiday; or a Saturday worked in exchange for a swapped day.
 * Throws a RangeError outside 01/03/1900–31/12/2199.
 *
 * @example isWorkingDay(serialFromIso("2021-04-30")) === false // Ngày Chiến thắng
 * @example isWorkingDay(serialFromIso("2024-05-04")) === true // Saturday worked for 29/4
 */
export function isWorkingDay(serial: number, extra?: readonly ExtraHoliday[]): boolean {
  const s = checkedSerial(serial);
  return isBaseWorkingDay(s) && !extraSet(extra).names.has(s);
}
