import type { Finding } from "../model";

/**
 * The key of a cell in `errorCells`.
 *
 * @example cellKey("B1 Quán triệt", "D6") === "B1 Quán triệt!D6"
 */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

/**
 * The cells that an error finding names (keys from `cellKey`): what they hold is not usable, so
 * a check that would call them empty stays quiet and completion does not count them as filled.
 *
 * @example errorCells(findings).has(cellKey("B1 Quán triệt", "D6")) // true after an E_TYPE there
 */
export function errorCells(findings: readonly Finding[]): Set<string> {
  const cells = new Set<string>();
  for (const f of findings)
    if (f.severity === "error" && f.sheet && f.cell) cells.add(cellKey(f.sheet, f.cell));
  return cells;
}
