import { jdFromYmd } from "./julianDay";
import { newMoonDay, SYNODIC_MONTH } from "./newMoon";
import { solarTermSector } from "./sunLongitude";

/** Julian day of the new moon of 1900-01-01 (k = 0 in {@link newMoonDay}). */
export const NEW_MOON_EPOCH = 2415021.076998695;

const cache = new Map<string, number>();

/**
 * The first day (Julian day number) of lunar month 11 — the month holding the winter solstice —
 * that starts in Gregorian year y. Everything in the lunar year is counted from it.
 *
 * @example lunarMonth11Start(2020, 7) === 2459194 // 2020-12-14
 */
export function lunarMonth11Start(y: number, timeZone = 7): number {
  const key = `${y}|${timeZone}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const off = jdFromYmd(y, 12, 31) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  let nm = newMoonDay(k, timeZone);
  // The new moon before 31/12 may already be past the solstice sector change; then month 11 is
  // the one before it.
  if (solarTermSector(nm, timeZone) >= 9) nm = newMoonDay(k - 1, timeZone);
  cache.set(key, nm);
  return nm;
}

/**
 * Index of the leap month in a 13-month lunar year, counted in months after month 11 that starts
 * on a11: the first month after a11 that holds no major solar term.
 *
 * @example leapMonthOffset(lunarMonth11Start(2022)) === 3 // leap month 2 in Quý Mão 2023
 */
export function leapMonthOffset(a11: number, timeZone = 7): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let last: number;
  let i = 1;
  let arc = solarTermSector(newMoonDay(k + i, timeZone), timeZone);
  do {
    last = arc;
    i++;
    arc = solarTermSector(newMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}
