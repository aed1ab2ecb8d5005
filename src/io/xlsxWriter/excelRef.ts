import { a1, columnLetters, parseA1 } from "../../shared/a1/a1";

/** A cell or rectangle, 1-based as SpreadsheetML counts rows and columns. */
export interface ExcelRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const LAST_ROW = 1048576;
const LAST_COL = 16384;

/**
 * A cell reference (ECMA-376 Part 1, ST_CellRef, `$` signs allowed, letters in either case) as
 * 1-based row and column, and the reference as written in a sheet (no `$`, capitals). Anything
 * else, or a cell past XFD1048576, is refused with the reference named.
 *
 * @example decodeAddress("$AB$12") → { row: 12, col: 28, address: "AB12" }
 */
export function decodeAddress(value: string): { row: number; col: number; address: string } {
  const cell = parseA1(value);
  if (!cell || cell.row >= LAST_ROW || cell.col >= LAST_COL)
    throw new Error(`"${value}" is not a cell of a worksheet (A1 … XFD1048576)`);
  return { row: cell.row + 1, col: cell.col + 1, address: a1(cell.row, cell.col) };
}

/**
 * "B3:D7", "D7:B3" or "C5" (optionally after "Sheet!" or "'Biểu 1'!") as a normalised 1-based
 * rectangle, and whether it was written as a range (ST_Ref, §18.18.62).
 *
 * @example decodeRange("D7:B3") → { top: 3, left: 2, bottom: 7, right: 4, isRange: true }
 */
export function decodeRange(ref: string): ExcelRange & { isRange: boolean; sheetName?: string } {
  const m = /(?:(?:(?:'((?:[^']|'')*)')|([^'^ !]*))!)?(.*)/.exec(ref) as RegExpExecArray;
  const sheetName = m[1] || m[2] || undefined;
  const parts = m[3].split(":");
  const tl = decodeAddress(parts[0]);
  const br = parts.length > 1 ? decodeAddress(parts[1]) : tl;
  return {
    top: Math.min(tl.row, br.row),
    left: Math.min(tl.col, br.col),
    bottom: Math.max(tl.row, br.row),
    right: Math.max(tl.col, br.col),
    isRange: parts.length > 1,
    ...(sheetName !== undefined ? { sheetName } : {}),
  };
}

/**
 * Column letters of a 1-based column; a column outside a worksheet (1 … 16384) is refused.
 *
 * @example columnName(28) === "AB"
 */
export function columnName(col: number): string {
  if (!(col >= 1 && col <= LAST_COL))
    throw new Error(`Column ${col} is out of bounds: a worksheet has columns 1 … 16384`);
  return columnLetters(col - 1);
}

/** "A1:C3" for a rectangle, always with the colon (also for one cell: "C5:C5"). */
export function rangeText(r: ExcelRange): string {
  return `${columnName(r.left)}${r.top}:${columnName(r.right)}${r.bottom}`;
}
