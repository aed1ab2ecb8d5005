/**
 * Excel date serials (1900 system) ⇄ calendar dates, with Excel's 1900 leap-year quirk:
 * serial 60 is the fictitious 1900-02-29, so serials from 61 (1900-03-01) on count days since
 * 1899-12-30 and serials 1–59 count days since 1899-12-31.
 *
 * @example serialFromYmd(2021, 5, 5) === 44321
 * @example serialFromYmd(1900, 3, 1) === 61
 * @example isoFromSerial(44321) === "2021-05-05"
 */
const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

export function serialFromYmd(y: number, m: number, d: number): number {
  if (y === 1900 && m === 2 && d === 29) return 60; // Excel's DATE(1900,2,29)
  const days = Math.round((Date.UTC(y, m - 1, d) - EPOCH_MS) / DAY_MS);
  return days < 61 ? days - 1 : days;
}

/**
 * The serial of an instant read in UTC (a `Date` from a library that decodes dates itself): the
 * day as Excel counts it, the time of day as the fraction.
 *
 * @example serialFromUtcMs(Date.UTC(2021, 4, 5, 12)) === 44321.5
 */
export function serialFromUtcMs(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  const t = new Date(day * DAY_MS);
  const serial = serialFromYmd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  return serial + (ms - day * DAY_MS) / DAY_MS;
}

export function serialFromIso(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return serialFromYmd(y, m, d);
}

/**
 * The calendar date of a serial as Excel shows it: serial 60 is 1900-02-29, a day that never was
 * (Excel kept Lotus 1-2-3's mistake of a leap 1900), so {y: 1900, m: 2, d: 29} is not a real date.
 */
export function ymdFromSerial(serial: number): { y: number; m: number; d: number } {
  const whole = Math.floor(serial);
  if (whole === 60) return { y: 1900, m: 2, d: 29 };
  const days = whole < 61 ? whole + 1 : whole;
  const t = new Date(EPOCH_MS + days * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function isoFromSerial(serial: number): string {
  const { y, m, d } = ymdFromSerial(serial);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** "05/05/2021", the way Vietnamese documents write dates. */
export function dmyFromSerial(serial: number): string {
  const { y, m, d } = ymdFromSerial(serial);
  return `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday (Excel's WEEKDAY(serial) - 1 from 1900-03-01 on),
 * counted from the epoch 1899-12-30, a Saturday. Before serial 60 it is the real weekday of the date
 * {@link ymdFromSerial} gives (Excel's WEEKDAY is one off there); the phantom 29/02/1900 (60) is
 * taken as 01/03/1900.
 *
 * @example weekdayOfSerial(44346) === 0 // Sunday 30/05/2021
 * @example weekdayOfSerial(61) === 4 // Thursday 01/03/1900
 */
export function weekdayOfSerial(serial: number): number {
  const whole = Math.floor(serial);
  const days = whole < 60 ? whole + 1 : whole === 60 ? 61 : whole;
  return (((days + 6) % 7) + 7) % 7;
}

/**
 * Saturday or Sunday.
 *
 * @example isWeekendSerial(44346) === true // Sunday 30/05/2021
 */
export function isWeekendSerial(serial: number): boolean {
  const weekday = weekdayOfSerial(serial);
  return weekday === 0 || weekday === 6;
}
