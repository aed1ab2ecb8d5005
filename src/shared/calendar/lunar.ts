import { jdFromYmd, ymdFromJd } from "./julianDay";
import { leapMonthOffset, lunarMonth11, newMoonDay } from "./lunarAstronomy";

/** Vietnam's time zone for the lunar calendar. */
export const VIETNAM_TIME_ZONE = 7;

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** True in the leap (nhuận) month. */
  leap: boolean;
}

/**
 * The Vietnamese lunar date of a solar date (new moons and solar terms computed for UTC+7).
 *
 * @example lunarFromSolar(2021, 2, 12) → { day: 1, month: 1, year: 2021, leap: false } // Tết Tân Sửu
 */
export function lunarFromSolar(
  y: number,
  m: number,
  d: number,
  timeZone = VIETNAM_TIME_ZONE,
): LunarDate {
  const dayNumber = jdFromYmd(y, m, d);
  // The mean-month estimate can be one lunation off near a new moon (e.g. 2054-05-07): step
  // to the last new moon on or before the day.
  let k = Math.floor((dayNumber - 2415021.076998695) / 29.530588853) + 1;
  let monthStart = newMoonDay(k, timeZone);
  while (monthStart > dayNumber) monthStart = newMoonDay(--k, timeZone);
  let a11 = lunarMonth11(y, timeZone);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = y;
    a11 = lunarMonth11(y - 1, timeZone);
  } else {
    year = y + 1;
    b11 = lunarMonth11(y + 1, timeZone);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, timeZone);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day, month, year, leap };
}

/**
 * The solar date of a Vietnamese lunar date; undefined when it does not exist (a leap month the
 * year does not have, or day 30 of a 29-day month).
 *
 * @example solarFromLunar({ day: 10, month: 3, year: 2021, leap: false }) → { y: 2021, m: 4, d: 21 } // Giỗ Tổ
 */
export function solarFromLunar(
  lunar: LunarDate,
  timeZone = VIETNAM_TIME_ZONE,
): { y: number; m: number; d: number } | undefined {
  const { day, month, year, leap } = lunar;
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1, timeZone);
    b11 = lunarMonth11(year, timeZone);
  } else {
    a11 = lunarMonth11(year, timeZone);
    b11 = lunarMonth11(year + 1, timeZone);
  }
  const k = Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, timeZone);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return undefined;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return undefined;
  }
  const monthStart = newMoonDay(k + off, timeZone);
  const next = newMoonDay(k + off + 1, timeZone);
  if (day < 1 || day > next - monthStart) return undefined;
  return ymdFromJd(monthStart + day - 1);
}
