import { columnIndex, columnLetters } from "../../shared/a1/a1";

/** SheetJS's cell-reference pattern for shifting shared formulas (crefregex). */
const CELL_REFERENCE =
  /(^|[^._A-Z0-9])([$]?)([A-Z]{1,2}|[A-W][A-Z]{2}|X[A-E][A-Z]|XF[A-D])([$]?)(10[0-3]\d{4}|104[0-7]\d{3}|1048[0-4]\d{2}|10485[0-6]\d|104857[0-6]|[1-9]\d{0,5})(?![_.(A-Za-z0-9])/g;

/**
 * A shared formula as SheetJS expands it to another cell of its range: every relative reference
 * moved by the distance from the anchor cell, absolute parts kept — string literals included,
 * as SheetJS does. Undefined where SheetJS fails (a reference moved left of column A).
 *
 * @example shiftFormula("SUM(A1:B1)*$C$1", { row: 0, col: 0 }, { row: 2, col: 1 }) === "SUM(B3:C3)*$C$1"
 */
export function shiftFormula(
  formula: string,
  anchor: { row: number; col: number },
  cell: { row: number; col: number },
): string | undefined {
  const dr = cell.row - anchor.row;
  const dc = cell.col - anchor.col;
  let failed = false;
  const shifted = formula.replace(
    CELL_REFERENCE,
    (_m, before: string, colAbs: string, col: string, rowAbs: string, row: string) => {
      let c = col;
      if (colAbs !== "$") {
        const index = columnIndex(col) + dc;
        if (index < 0) failed = true;
        c = columnLetters(Math.max(index, 0));
      }
      const r = rowAbs === "$" ? row : String(parseInt(row, 10) + dr);
      return before + colAbs + c + rowAbs + r;
    },
  );
  return failed ? undefined : shifted;
}
