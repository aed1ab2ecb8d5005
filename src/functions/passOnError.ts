import { isExcelError } from "./excelError";

/**
 * Throws an Excel error given as an argument, so the cell shows it as Excel's own functions do.
 * Needed since the metadata lets errors in (allowErrorForDataTypeAny): arguments that are read as
 * text (a milestone, a style) would otherwise turn a #N/A into a #VALUE! about "[object Object]".
 *
 * @example passOnError({ code: "#N/A" }) // throws it
 * @example passOnError("long") // returns
 */
export function passOnError(value: unknown): void {
  if (isExcelError(value)) throw value;
}
