import type { Cell } from "../../shared/model";
import { isDateFormat } from "../../shared/text/isDateFormat";

/** The error values Excel returns as text in `Range.values`. */
export const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#CONNECT!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

/**
 * A Grid cell from what Office.js returns for one cell: "" is empty, numbers under a date
 * format are dates, Excel's error texts are errors (text that merely looks like an error is
 * rare in reports and is read as the error it shows).
 *
 * @example cellFromExcel(44321, "dd/mm/yyyy") → { kind: "date", serial: 44321 }
 * @example cellFromExcel("#DIV/0!", "General") → { kind: "error", code: "#DIV/0!" }
 */
export function cellFromExcel(value: unknown, numberFormat: string | undefined): Cell {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") {
    return numberFormat && isDateFormat(numberFormat) ? { kind: "date", serial: value } : value;
  }
  if (typeof value === "boolean") return value;
  const text = String(value);
  if (EXCEL_ERRORS.has(text)) return { kind: "error", code: text };
  return text;
}
