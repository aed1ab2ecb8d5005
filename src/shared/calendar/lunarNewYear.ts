import { jdFromLunar } from "./jdFromLunar";
import { serialFromJd } from "./julianDay";

/**
 * Excel serial of Tết (day 1 of lunar month 1) of a year.
 *
 * @example lunarNewYear(2021) === 44239 // 2021-02-12
 */
export function lunarNewYear(year: number): number {
  return serialFromJd(jdFromLunar({ day: 1, month: 1, year, leap: false })!);
}
