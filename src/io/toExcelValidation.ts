import type { PlanValidation } from "../shared/model";

/**
 * A data validation in SpreadsheetML's terms (ECMA-376 Part 1, §18.3.1.32 dataValidation): the
 * attributes the writer sets, and the content of formula1/formula2 (§18.3.1.34–35) — a number,
 * a date as its serial, a quoted inline list or a reference. Excel and LibreOffice read a date
 * bound as the serial it is, so no date object is involved.
 */
export interface XlsxDataValidation {
  type: PlanValidation["kind"];
  operator?: "between";
  allowBlank: boolean;
  showInputMessage?: boolean;
  prompt?: string;
  showErrorMessage?: boolean;
  errorStyle?: "stop";
  error?: string;
  formulae: Array<string | number>;
}

/** Excel's widest bounds, used when a plan gives one bound only for a kind that needs two. */
const OPEN_BOUNDS: Record<PlanValidation["kind"], [number, number]> = {
  whole: [-1e15, 1e15],
  decimal: [-1e15, 1e15],
  // Serials 1 (1900-01-01) … 2958465 (9999-12-31).
  date: [1, 2958465],
  textLength: [0, 32767],
  list: [0, 0],
};

/**
 * Turns a plan validation into the data validation written for it: blanks allowed, input prompt
 * and stop-style error shown when the plan gives their text, both bounds of a number, date or
 * text-length rule (Excel's widest where the plan gives one).
 *
 * @example toExcelValidation({ range: "D5:D9", kind: "whole", min: 0 }).formulae → [0, 1e15]
 * @example toExcelValidation({ range: "E5", kind: "list", list: ["Có", "Không"] }).formulae
 *   → ['"Có,Không"']
 */
export function toExcelValidation(v: PlanValidation): XlsxDataValidation {
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
  // A date bound outside Excel's dates (1900-01-01 … 9999-12-31) is no date: the widest is meant.
  const clamp = (n: number) => (v.kind === "date" ? Math.min(Math.max(n, lo), hi) : n);
  const min = clamp(v.min ?? lo);
  const max = clamp(v.max ?? hi);
  return {
    type: v.kind,
    operator: "between",
    allowBlank: true,
    formulae: [min, max],
    ...messages,
  };
}
