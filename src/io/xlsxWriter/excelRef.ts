import { columnLetters } from "../../shared/a1/a1";

/** A cell or rectangle, 1-based, as ExcelJS decodes references. */
export interface ExcelRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A cell reference decoded exactly as ExcelJS 4.4 does (`colCache.decodeAddress`): upper-case
 * letters before the first digit make the column, digits the row, "$" is skipped and decoding stops
 * at the first other character after both. Returns 1-based numbers, `NaN` for a missing part.
 *
 * @example decodeAddress("$AB$12") → { row: 12, col: 28, address: "AB12" }
 */
export function decodeAddress(value: string): { row: number; col: number; address: string } {
  let col = "";
  let colNumber = 0;
  let row = "";
  let rowNumber = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!row && c >= 65 && c <= 90) {
      col += value[i];
      colNumber = colNumber * 26 + c - 64;
    } else if (c >= 48 && c <= 57) {
      row += value[i];
      rowNumber = rowNumber * 10 + c - 48;
    } else if (row && col && c !== 36) {
      break;
    }
  }
  if (colNumber > 16384) throw new Error(`Out of bounds. Invalid column letter: ${col}`);
  return { row: row ? rowNumber : NaN, col: col ? colNumber : NaN, address: col + row };
}

/**
 * "B3:D7", "D7:B3" or "C5" (optionally after "Sheet!") as a normalised 1-based rectangle, and
 * whether it was written as a range, like ExcelJS's `colCache.decodeEx`.
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
 * Column letters of a 1-based column, as ExcelJS names them (and refuses columns past 16384).
 *
 * @example columnName(28) === "AB"
 */
export function columnName(col: number): string {
  if (!(col >= 1 && col <= 16384)) {
    throw new Error(`${col} is out of bounds. Excel supports columns from 1 to 16384`);
  }
  return columnLetters(col - 1);
}

/** "A1:C3" for a rectangle (ExcelJS's `Range.range`: always with the colon). */
export function rangeText(r: ExcelRange): string {
  return `${columnName(r.left)}${r.top}:${columnName(r.right)}${r.bottom}`;
}
