import type { ExtraHoliday } from "../model";
import { holidaysOfYear, isWorkedSaturday } from "./holidays";
import { serialFromYmd, weekdayOfSerial, ymdFromSerial } from "./serial";

/**
 * Working days on the Vietnamese calendar (Monday–Friday, less statutory holidays, compensatory
 * and swapped days, plus Saturdays worked in a swap, less the office's extra holidays).
 *
 * Each year is indexed once into cumulative counts, so every question below is answered in O(1)
 * (O(log n) for addWorkdays) after the first call for a year.
 */
interface YearIndex {
  start: number;
  /** cum[i] = working days among the first i days of the year. */
  cum: Int32Array;
}

const ANCHOR_YEAR = 2000;

class WorkingCalendar {
  private readonly years = new Map<number, YearIndex>();
  private readonly bases = new Map<number, number>([[ANCHOR_YEAR, 0]]);

  constructor(private readonly extra: readonly ExtraHoliday[]) {}

  private index(year: number): YearIndex {
    let idx = this.years.get(year);
    if (!idx) {
      const start = serialFromYmd(year, 1, 1);
      const length = serialFromYmd(year + 1, 1, 1) - start;
      const off = new Set(holidaysOfYear(year, this.extra).map((h) => h.serial));
      const cum = new Int32Array(length + 1);
      for (let i = 0; i < length; i++) {
        const s = start + i;
        const w = weekdayOfSerial(s);
        const working = !off.has(s) && ((w !== 0 && w !== 6) || isWorkedSaturday(s));
        cum[i + 1] = cum[i] + (working ? 1 : 0);
      }
      idx = { start, cum };
      this.years.set(year, idx);
    }
    return idx;
  }

  /** Working days counted from the anchor year up to the start of `year`. */
  private base(year: number): number {
    let b = this.bases.get(year);
    if (b === undefined) {
      b =
        year > ANCHOR_YEAR
          ? this.base(year - 1) + this.total(year - 1)
          : this.base(year + 1) - this.total(year);
      this.bases.set(year, b);
    }
    return b;
  }

  private total(year: number): number {
    const cum = this.index(year).cum;
    return cum[cum.length - 1];
  }

  /** Working days from the anchor up to and including `serial` (differences are what count). */
  countThrough(serial: number): number {
    const s = Math.floor(serial);
    const { y } = ymdFromSerial(s);
    const idx = this.index(y);
    return this.base(y) + idx.cum[s - idx.start + 1];
  }

  isWorkingDay(serial: number): boolean {
    const s = Math.floor(serial);
    return this.countThrough(s) - this.countThrough(s - 1) === 1;
  }
}

const calendars = new Map<string, WorkingCalendar>();

function calendarFor(extra: readonly ExtraHoliday[]): WorkingCalendar {
  const key =
    extra.length === 0
      ? ""
      : extra
          .map((e) => e.date)
          .sort()
          .join(",");
  let c = calendars.get(key);
  if (!c) {
    if (calendars.size > 32) calendars.clear();
    c = new WorkingCalendar(extra);
    calendars.set(key, c);
  }
  return c;
}

/** @example isWorkingDay(serialFromIso("2021-04-30")) === false // Ngày Chiến thắng */
export function isWorkingDay(serial: number, extra: readonly ExtraHoliday[] = []): boolean {
  return calendarFor(extra).isWorkingDay(serial);
}

/**
 * Working days from start to end, both included, negative when end < start — Excel's
 * NETWORKDAYS on the Vietnamese calendar.
 *
 * @example networkDays(serialFromIso("2021-04-26"), serialFromIso("2021-05-07")) === 8
 */
export function networkDays(
  start: number,
  end: number,
  extra: readonly ExtraHoliday[] = [],
): number {
  const c = calendarFor(extra);
  const a = Math.floor(start);
  const b = Math.floor(end);
  return b >= a
    ? c.countThrough(b) - c.countThrough(a - 1)
    : -(c.countThrough(a) - c.countThrough(b - 1));
}

/**
 * The working day `days` working days after (before, when negative) start, start excluded —
 * Excel's WORKDAY on the Vietnamese calendar. `days = 0` gives start itself.
 *
 * @example addWorkdays(serialFromIso("2021-04-29"), 1) === serialFromIso("2021-05-04")
 */
export function addWorkdays(
  start: number,
  days: number,
  extra: readonly ExtraHoliday[] = [],
): number {
  const c = calendarFor(extra);
  const s = Math.floor(start);
  const n = Math.trunc(days);
  if (n === 0) return s;
  const target = n > 0 ? c.countThrough(s) + n : c.countThrough(s - 1) + n + 1;
  // The smallest serial whose count reaches the target is that working day.
  let lo = n > 0 ? s + 1 : s - 1;
  let step = Math.abs(n) * 2 + 16;
  let hi: number;
  if (n > 0) {
    hi = lo + step;
    while (c.countThrough(hi) < target) hi += step *= 2;
  } else {
    hi = lo;
    lo = hi - step;
    while (c.countThrough(lo) >= target) lo -= step *= 2;
  }
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (c.countThrough(mid) >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Working days left until a due date: those after asOf up to and including due; negative when
 * the due date has passed (the working days since it, up to asOf).
 *
 * @example workdaysLeft(serialFromIso("2021-05-05"), serialFromIso("2021-04-28")) === 3 // 29/4, 4/5, 5/5
 */
export function workdaysLeft(
  due: number,
  asOf: number,
  extra: readonly ExtraHoliday[] = [],
): number {
  const c = calendarFor(extra);
  return c.countThrough(Math.floor(due)) - c.countThrough(Math.floor(asOf));
}
