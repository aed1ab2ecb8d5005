import type { PlanCell } from "../../shared/model";
import { needsTextFormat } from "./needsTextFormat";

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARS = 32767;

export interface ExcelInput {
  /** What goes into the `values`/`formulas` matrix. */
  input: string | number | boolean;
  /** The cell must be text-formatted ("@") before the input is written. */
  asText: boolean;
  isFormula: boolean;
}

/**
 * The Office.js input for one plan cell: formulas get their "=", text that Excel would
 * reinterpret is flagged to be written as text, a leading apostrophe is doubled because Excel
 * consumes one as its quote prefix, and numbers Excel cannot hold become empty.
 *
 * @example toExcelInput({ f: "SUM(C5:C9)" }) → { input: "=SUM(C5:C9)", asText: false, isFormula: true }
 * @example toExcelInput({ v: "=cmd" }) → { input: "=cmd", asText: true, isFormula: false }
 */
export function toExcelInput(cell: PlanCell | undefined): ExcelInput {
  if (cell?.f !== undefined) return { input: `=${cell.f}`, asText: false, isFormula: true };
  const v = cell?.v;
  if (v === undefined || v === null) return { input: "", asText: false, isFormula: false };
  if (typeof v === "number") {
    return { input: Number.isFinite(v) ? v : "", asText: false, isFormula: false };
  }
  if (typeof v === "boolean") return { input: v, asText: false, isFormula: false };
  const text = v.length > MAX_CELL_CHARS ? v.slice(0, MAX_CELL_CHARS) : v;
  return {
    input: text.startsWith("'") ? `'${text}` : text,
    asText: needsTextFormat(text),
    isFormula: false,
  };
}
