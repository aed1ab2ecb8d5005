import type { DataValidation } from "exceljs";
import type { PlanValidation } from "../shared/model";

/** Excel's widest bounds, used when a plan gives one bound only for a kind that needs two. */
const OPEN_BOUNDS: Record<PlanValidation["kind"], [number, number]> = {
  whole: [-1e15, 1e15],
  decimal: [-1e15, 1e15],
  // Serials 1 (1900-01-01) … 2958465 (9999-12-31).
  date: [1, 2958465],
  textLength: [0, 32767],
  list: [0, 0],
};

/** Days from the Unix epoch back to Excel's 1900 serial origin. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * Turns a plan validation into an ExcelJS data validation: blanks allowed, input prompt and
 * stop-style error shown when the plan gives their text.
 *
 * @example toExcelValidation({ range: "D5:D9", kind: "whole", min: 0 }).formulae → [0, 1e15]
 * @example toExcelValidation({ range: "E5", kind: "list", list: ["Có", "Không"] }).formulae
 *   → ['"Có,Không"']
 */
export function toExcelValidation(v: PlanValidation): DataValidation {
  const messages = {
    ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
    ...(v.error ? { showErrorMessage: true, errorStyle: "stop" as const, error: v.error } : {}),
  };
  if (v.kind === "list" && v.source) {
    return { type: "list", allowBlank: true, formulae: [v.source], ...messages };
  }
  if (v.kind === "list") {
    // Excel has no escape for a comma inside an inline list; quotes are doubled as in formulas.
    const items = (v.list ?? []).map((s) => s.replace(/"/g, '""')).join(",");
    return { type: "list", allowBlank: true, formulae: [`"${items}"`], ...messages };
  }
  const [lo, hi] = OPEN_BOUNDS[v.kind];
  const min = v.min ?? lo;
  const max = v.max ?? hi;
  // ExcelJS writes date bounds from Date objects; build them from the serial in UTC so that the
  // serial written back is exactly the plan's.
  const bound = (n: number) => (v.kind === "date" ? new Date(EXCEL_EPOCH_MS + n * 86400000) : n);
  return {
    type: v.kind,
    operator: "between",
    allowBlank: true,
    formulae: [bound(min), bound(max)],
    ...messages,
  };
}
