/**
 * Today's date (local calendar day) as an Excel 1900-system serial.
 *
 * @example todaySerial(new Date(2021, 4, 5)) === 44321
 */
export function todaySerial(now: Date = new Date()): number {
  const utc = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((utc - Date.UTC(1899, 11, 30)) / 86400000);
}

/** "2021-05-05" ⇄ serial, for the date input. */
export function serialFromIsoDate(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  return Math.round((Date.UTC(+m[1], +m[2] - 1, +m[3]) - Date.UTC(1899, 11, 30)) / 86400000);
}

export function isoDateFromSerial(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86400000).toISOString().slice(0, 10);
}
