import { isoFromSerial } from "../../shared/calendar/serial";
import type { PlanValidation } from "../../shared/model";

/** Excel's widest bounds, used when a plan gives one bound only (as the ExcelJS writer does). */
const OPEN_BOUNDS: Record<Exclude<PlanValidation["kind"], "list">, [number, number]> = {
  whole: [-1e15, 1e15],
  decimal: [-1e15, 1e15],
  date: [1, 2958465],
  textLength: [0, 32767],
};

export interface OfficeValidation {
  rule: Excel.DataValidationRule;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
}

const RULE_KEY = {
  whole: "wholeNumber",
  decimal: "decimal",
  date: "date",
  textLength: "textLength",
} as const;

/**
 * A plan validation as an Office.js data validation: blanks allowed, bounds "between" (open
 * side filled with Excel's widest bound), inline lists with a drop-down, input prompt and a
 * stop-style error when the plan has their text (cut to Excel's 255 characters).
 *
 * @example toOfficeValidation({ range: "D5", kind: "whole", min: 0 }).rule
 *   → { wholeNumber: { formula1: 0, formula2: 1e15, operator: "Between" } }
 */
export function toOfficeValidation(v: PlanValidation): OfficeValidation {
  const out: OfficeValidation = { rule: {} };
  if (v.kind === "list") {
    // A source range keeps "Văn hóa giao tiếp, ứng xử" whole; an inline list (only for plans that
    // did not go through withListSources) is split by Excel at each comma.
    const source = v.source ? `=${v.source}` : (v.list ?? []).join(",");
    out.rule = { list: { inCellDropDown: true, source } };
  } else {
    const [lo, hi] = OPEN_BOUNDS[v.kind];
    const bound = (n: number) => (v.kind === "date" ? isoFromSerial(Math.round(n)) : n);
    out.rule = {
      [RULE_KEY[v.kind]]: {
        formula1: bound(v.min ?? lo),
        formula2: bound(v.max ?? hi),
        operator: "Between",
      },
    } as Excel.DataValidationRule;
  }
  if (v.prompt) out.prompt = { showPrompt: true, message: v.prompt.slice(0, 255), title: "" };
  if (v.error) {
    out.errorAlert = {
      showAlert: true,
      style: "Stop",
      message: v.error.slice(0, 255),
      title: "Phụ lục",
    };
  }
  return out;
}
