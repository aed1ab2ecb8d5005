/**
 * A1 addresses ⇄ 0-based (row, col).
 *
 * @example columnLetters(0) === "A"; columnLetters(27) === "AB"
 * @example a1(4, 2) === "C5"
 * @example parseA1("AB12") → { row: 11, col: 27 }
 * @example columnIndex("AB") === 27
 */
export function columnLetters(col: number): string {
  // Every cell read or written asks for its column's letters: those of Excel's columns are kept.
  if (col < KEPT_COLUMNS) return (keptLetters[col] ??= lettersOf(col));
  return lettersOf(col);
}

const KEPT_COLUMNS = 16384;
const keptLetters: string[] = [];

function lettersOf(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The 0-based column its letters name, upper- or lower-case: the inverse of columnLetters. */
export function columnIndex(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) & 0x5f) - 64;
  return col - 1;
}

export function a1(row: number, col: number): string {
  return columnLetters(col) + (row + 1);
}

/** "B3:D7" from two corners (0-based, inclusive). */
export function a1Range(row1: number, col1: number, row2: number, col2: number): string {
  return `${a1(row1, col1)}:${a1(row2, col2)}`;
}

const A1_PATTERN = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Parses "C5" / "$C$5"; returns undefined for anything else. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = A1_PATTERN.exec(address.trim());
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Parses "B3:D7" (or a single cell) into inclusive 0-based corners. */
export function parseA1Range(
  range: string,
): { row1: number; col1: number; row2: number; col2: number } | undefined {
  const [a, b] = range.split(":");
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return undefined;
  return {
    row1: Math.min(p.row, q.row),
    col1: Math.min(p.col, q.col),
    row2: Math.max(p.row, q.row),
    col2: Math.max(p.col, q.col),
  };
}

/**
 * Quotes a sheet name for a formula reference: `'Biểu 1'!A1`. Always quoted, because names
 * such as "B1" look like cell references and Excel accepts quotes on every name.
 */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
