import type { Cell } from "../shared/model";

/**
 * LibreOffice saves a typed TRUE/FALSE as the formula TRUE() (.xlsx, .ods) or `true` (.xls).
 */
const BOOLEAN_FORMULA = /^(TRUE|FALSE)(\(\))?$/i;

/**
 * Whether a formula cell is really a typed boolean: a constant, not a formula the unit wrote.
 * Its value is then `Boolean(value)` and its formula is dropped.
 *
 * @example isBooleanConstant("TRUE()", 1) === true; isBooleanConstant("A1>0", true) === false
 */
export function isBooleanConstant(formula: string, value: Cell): boolean {
  return (typeof value === "number" || typeof value === "boolean") && BOOLEAN_FORMULA.test(formula);
}
