import { jdFromYmd } from "./julianDay";
import type { LunarDate } from "./lunarDate";
import { lunarFromJd } from "./lunarFromJd";

/**
 * The Vietnamese lunar date of a Gregorian date (new moons and solar terms for UTC+7).
 *
 * @example lunarFromSolar(2021, 5, 4) // { day: 23, month: 3, year: 2021, leap: false }
 */
export function lunarFromSolar(y: number, m: number, d: number): LunarDate {
  return lunarFromJd(jdFromYmd(y, m, d));
}
