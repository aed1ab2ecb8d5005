/**
 * Julian day number (noon-based, integer) of a Gregorian date, valid for any date after
 * 1582-10-15 (the lunar algorithm works in Julian days; Excel serials convert to them by an offset).
 *
 * @example jdFromYmd(2021, 2, 12) === 2459258
 */
export function jdFromYmd(y: number, m: number, d: number): number {
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  return (
    d +
    Math.floor((153 * mm + 2) / 5) +
    365 * yy +
    Math.floor(yy / 4) -
    Math.floor(yy / 100) +
    Math.floor(yy / 400) -
    32045
  );
}

/**
 * The Gregorian date of a Julian day number.
 *
 * @example ymdFromJd(2459258) // { y: 2021, m: 2, d: 12 }
 */
export function ymdFromJd(jd: number): { y: number; m: number; d: number } {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((b * 146097) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    d: e - Math.floor((153 * m + 2) / 5) + 1,
    m: m + 3 - 12 * Math.floor(m / 10),
    y: b * 100 + d - 4800 + Math.floor(m / 10),
  };
}

/** Julian day of 1899-12-30, day 0 of Excel serials from 1900-03-01 on. */
const SERIAL_EPOCH_JD = 2415019;

/**
 * Julian day of an Excel serial. Defined from serial 61 (1900-03-01): below it Excel counts the
 * fictitious 1900-02-29, so serials 1–59 are shifted by one day.
 *
 * @example jdFromSerial(44239) === 2459258 // 2021-02-12
 */
export function jdFromSerial(serial: number): number {
  const s = Math.floor(serial);
  return s >= 61 ? s + SERIAL_EPOCH_JD : s + SERIAL_EPOCH_JD + 1;
}

/**
 * Excel serial of a Julian day (the inverse of {@link jdFromSerial}).
 *
 * @example serialFromJd(2459258) === 44239
 */
export function serialFromJd(jd: number): number {
  const s = jd - SERIAL_EPOCH_JD;
  return s >= 61 ? s : s - 1;
}
