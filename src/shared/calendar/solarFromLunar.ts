import { jdFromLunar } from "./jdFromLunar";
import type { LunarDate } from "./lunarDate";
import { ymdFromJd } from "./julianDay";

/**
 * The Gregorian date of a Vietnamese lunar date, or undefined when that lunar date does not
 * exist (a leap month the year lacks, day 30 of a short month).
 *
 * @example solarFromLunar({ day: 10, month: 3, year: 2021, leap: false }) // { y: 2021, m: 4, d: 21 }
 */
export function solarFromLunar(lunar: LunarDate): { y: number; m: number; d: number } | undefined {
  const jd = jdFromLunar(lunar);
  return jd === undefined ? undefined : ymdFromJd(jd);
}
