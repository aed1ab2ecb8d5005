import type { LunarDate } from "./lunarDate";
import { leapMonthOffset, lunarMonth11Start, NEW_MOON_EPOCH } from "./lunarMonth11";
import { newMoonDay, SYNODIC_MONTH } from "./newMoon";
import { ymdFromJd } from "./julianDay";

/**
 * The lunar date of a Julian day number (Hồ Ngọc Đức's algorithm; UTC+7 unless told).
 *
 * @example lunarFromJd(2459258) // { day: 1, month: 1, year: 2021, leap: false }
 */
export function lunarFromJd(jd: number, timeZone = 7): LunarDate {
  const k = Math.floor((jd - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  // The mean lunation only estimates k: the true new moon can fall two steps back (it does on
  // 2054-05-07 and 2062-04-09, where the original code, and the amlich package, give day 0).
  let i = k + 1;
  let monthStart = newMoonDay(i, timeZone);
  while (monthStart > jd) monthStart = newMoonDay(--i, timeZone);
  const { y } = ymdFromJd(jd);
  let a11 = lunarMonth11Start(y, timeZone);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = y;
    a11 = lunarMonth11Start(y - 1, timeZone);
  } else {
    year = y + 1;
    b11 = lunarMonth11Start(y + 1, timeZone);
  }
  const day = jd - monthStart + 1;
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
