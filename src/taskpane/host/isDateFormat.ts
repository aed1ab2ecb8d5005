/**
 * Whether an Excel number format shows a date or time, so a number under it is a date serial.
 * Quoted text, escapes, colours/conditions in brackets and the General format are ignored.
 *
 * @example isDateFormat("dd/mm/yyyy") === true
 * @example isDateFormat('#,##0" ngày"') === false
 */
export function isDateFormat(format: string): boolean {
  if (!format || /^general$/i.test(format) || format === "@") return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, "");
  return /[dmyhs]/i.test(bare.replace(/[eE][+-]/g, ""));
}
