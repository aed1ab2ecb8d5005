import type { ExtraHoliday } from "../model";
import { networkDays } from "./networkDays";
import { FIRST_SERIAL } from "./workingDayIndex";
import { serialFromYmd } from "./serial";

/**
 * Working days in a Gregorian year (in 1900, from 1 March on).
 *
 * @example workingDaysInYear(2021) === 250
 */
export function workingDaysInYear(year: number, extra?: readonly ExtraHoliday[]): number {
  const start = Math.max(FIRST_SERIAL, serialFromYmd(year, 1, 1));
  return networkDays(start, serialFromYmd(year, 12, 31), extra);
}
