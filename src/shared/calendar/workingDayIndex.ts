import type { ExtraHoliday } from "../model";
import { baseHolidaysOfYear } from "./baseHolidaysOfYear";
import type { Holiday } from "./holiday";
import { workedSaturdays } from "./daySwaps";
import { isWeekendSerial, serialFromIso, serialFromYmd } from "./serial";

/**
 * The machinery behind the working-day functions: per year, a cumulative count of working days
 * (weekends, holidays and swapped days excluded, Saturdays worked included), built once; per set
 * of extra holidays, the sorted extra days that would otherwise be working days. Every count is
 * then a difference of two cumulative values: O(1) after warm-up.
 */

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;
/** 1900-03-01: before it Excel serials count the fictitious 1900-02-29. */
export const FIRST_SERIAL = 61;
export const LAST_SERIAL = serialFromYmd(LAST_YEAR, 12, 31);
const ANCHOR_YEAR = 2000;

const yearStarts = new Int32Array(LAST_YEAR - FIRST_YEAR + 2);
for (let y = FIRST_YEAR; y <= LAST_YEAR + 1; y++)
  // 1900 starts at serial 60, the fictitious 1900-02-29, counted as no working day so that
  // counts can start one day before the first real one.
  yearStarts[y - FIRST_YEAR] = y === FIRST_YEAR ? FIRST_SERIAL - 1 : serialFromYmd(y, 1, 1);

/** A whole day serial inside the supported range, or a RangeError saying which range. */
export function checkedSerial(serial: number): number {
  if (!Number.isFinite(serial)) throw new RangeError(`Ngày không hợp lệ: ${serial}`);
  const s = Math.floor(serial);
  if (s < FIRST_SERIAL || s > LAST_SERIAL)
    throw new RangeError(
      `Ngày ngoài phạm vi lịch làm việc (01/03/${FIRST_YEAR}–31/12/${LAST_YEAR}): ${serial}`,
    );
  return s;
}

/** The Gregorian year of a serial in range. */
export function yearOfSerial(s: number): number {
  let y = FIRST_YEAR + Math.floor((s - 1) / 365.2425);
  if (y > LAST_YEAR) y = LAST_YEAR;
  while (y < LAST_YEAR && yearStarts[y + 1 - FIRST_YEAR] <= s) y++;
  while (y > FIRST_YEAR && yearStarts[y - FIRST_YEAR] > s) y--;
  return y;
}

interface YearIndex {
  start: number;
  /** cum[i] = working days in [start, start + i). */
  cum: Int32Array;
  holidays: Map<number, Holiday>;
}

const years = new Map<number, YearIndex>();
/** Working days from the anchor year's first day up to (excluding) a year's first day. */
const offsets = new Map<number, number>([[ANCHOR_YEAR, 0]]);

export function yearIndex(year: number): YearIndex {
  const hit = years.get(year);
  if (hit) return hit;
  const start = yearStarts[year - FIRST_YEAR];
  const length = yearStarts[year + 1 - FIRST_YEAR] - start;
  const holidays = new Map(baseHolidaysOfYear(year).map((h) => [h.serial, h]));
  const worked = new Set(workedSaturdays(year).map((w) => w.serial));
  const cum = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) {
    const s = start + i;
    const working =
      s >= FIRST_SERIAL && (worked.has(s) || (!isWeekendSerial(s) && !holidays.has(s)));
    cum[i + 1] = cum[i] + (working ? 1 : 0);
  }
  const index = { start, cum, holidays };
  years.set(year, index);
  return index;
}

function yearTotal(year: number): number {
  const { cum } = yearIndex(year);
  return cum[cum.length - 1];
}

function offsetOf(year: number): number {
  const hit = offsets.get(year);
  if (hit !== undefined) return hit;
  // Walk from the nearest year already known; each step adds or removes one year's total.
  let y = year;
  while (!offsets.has(y)) y += year > ANCHOR_YEAR ? -1 : 1;
  let offset = offsets.get(y)!;
  while (y !== year) {
    if (year > y) {
      offset += yearTotal(y);
      y++;
    } else {
      y--;
      offset -= yearTotal(y);
    }
    offsets.set(y, offset);
  }
  return offset;
}

/** Base (no extras) cumulative count: W(b) − W(a) = working days in (a, b]. */
function baseCumulative(s: number): number {
  const year = yearOfSerial(s);
  const { start, cum } = yearIndex(year);
  return offsetOf(year) + cum[s - start + 1];
}

export function isBaseWorkingDay(s: number): boolean {
  const { start, cum } = yearIndex(yearOfSerial(s));
  return cum[s - start + 1] !== cum[s - start];
}

export interface ExtraSet {
  /** Extra days off that would otherwise be working days, sorted. */
  removed: Int32Array;
  /** Every extra day with its name (also those on weekends or holidays). */
  names: Map<number, string>;
}

const EMPTY: ExtraSet = { removed: new Int32Array(0), names: new Map() };
const byArray = new WeakMap<readonly ExtraHoliday[], ExtraSet>();
const byKey = new Map<string, ExtraSet>();

/** The prepared form of a list of extra holidays, cached by identity and by content. */
export function extraSet(extra: readonly ExtraHoliday[] | undefined): ExtraSet {
  if (!extra || extra.length === 0) return EMPTY;
  const hit = byArray.get(extra);
  if (hit) return hit;
  const key = extra
    .map((e) => `${e.date}\u0001${e.name}`)
    .sort()
    .join("\u0002");
  let set = byKey.get(key);
  if (!set) {
    const names = new Map<number, string>();
    for (const e of extra) {
      const s = serialFromIso(e.date);
      if (!Number.isInteger(s) || s < FIRST_SERIAL || s > LAST_SERIAL) continue;
      names.set(s, names.has(s) ? `${names.get(s)}; ${e.name}` : e.name);
    }
    const removed = Int32Array.from([...names.keys()].filter(isBaseWorkingDay)).sort();
    set = { removed, names };
    if (byKey.size > 256) byKey.clear();
    byKey.set(key, set);
  }
  byArray.set(extra, set);
  return set;
}

/** How many values of a sorted array are ≤ s. */
function countUpTo(sorted: Int32Array, s: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Cumulative working days with extras: W(b) − W(a) = working days in (a, b]. */
export function cumulative(s: number, extras: ExtraSet): number {
  const base = baseCumulative(s);
  return extras.removed.length === 0 ? base : base - countUpTo(extras.removed, s);
}
