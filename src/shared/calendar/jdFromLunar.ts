import type { LunarDate } from "./lunarDate";
import { leapMonthOffset, lunarMonth11Start, NEW_MOON_EPOCH } from "./lunarMonth11";
import { newMoonDay, SYNODIC_MONTH } from "./newMoon";

/**
 * Julian day number of a lunar date, or undefined when it does not exist (a leap month the year
 * does not have, or day 30 of a 29-day month).
 *
 * @example jdFromLunar({ day: 1, month: 1, year: 2021, leap: false }) === 2459258 // 2021-02-12
 */
export function jdFromLunar(lunar: LunarDate, timeZone = 7): number | undefined {
  const { day, month, year, leap } = lunar;
  if (!Number.isInteger(day) || !Number.isInteger(month) || day < 1 || day > 30) return undefined;
  if (month < 1 || month > 12) return undefined;
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11Start(year - 1, timeZone);
    b11 = lunarMonth11Start(year, timeZone);
  } else {
    a11 = lunarMonth11Start(year, timeZone);
    b11 = lunarMonth11Start(year + 1, timeZone);
  }
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, timeZone);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return undefined;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) return undefined;
  const start = newMoonDay(k + off, timeZone);
  const next = newMoonDay(k + off + 1, timeZone);
  if (day > next - start) return undefined;
  return start + day - 1;
}
