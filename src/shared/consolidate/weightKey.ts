/**
 * The key of one weighted-mean cell (sheet, indicator code, value column), used for the weights a
 * consolidated appendix keeps in its meta sheet.
 *
 * @example weightKey("B2", "18", "2020") === "B2|18|2020"
 */
export function weightKey(sheetId: string, code: string, columnId: string): string {
  return `${sheetId}|${code}|${columnId}`;
}
