import type { WorkbookPlan } from "../../shared/model";
import { escapeXml } from "./escapeXml";
import { columnName, decodeRange } from "./excelRef";

interface NamedCell {
  row: number;
  col: number;
  mark: boolean;
}

/** Cells of one name: sheet name (as a plain object key, like ExcelJS) → row → column. */
type Matrix = Record<string, NamedCell[][]>;

/**
 * The `<definedNames>` element ExcelJS 4.4 writes (empty string when there are no names). ExcelJS
 * keeps a name as the set of cells it covers and writes it back as rectangles: absolute
 * references, the sheet quoted unless it is plain letters and digits, rectangles found by growing
 * down then right from each not yet covered cell (sheet, row, column order).
 *
 * @example definedNamesXml([{ name: "Tong", ref: "'Biểu 1'!$D$5:$D$9" }])
 *   // → '<definedNames><definedName name="Tong">&apos;Biểu 1&apos;!$D$5:$D$9</definedName>…'
 */
export function definedNamesXml(names: WorkbookPlan["names"]): string {
  const matrices: Record<string, Matrix> = {};
  for (const { name, ref } of names) {
    const matrix = matrices[name] ?? (matrices[name] = {});
    const r = decodeRange(ref);
    const sheet = String(r.sheetName);
    const rows = matrix[sheet] ?? (matrix[sheet] = []);
    for (let col = r.left; col <= r.right; col++) {
      for (let row = r.top; row <= r.bottom; row++) {
        const cells = rows[row] ?? (rows[row] = []);
        cells[col] ??= { row, col, mark: false };
      }
    }
  }
  const out: string[] = [];
  for (const name of Object.keys(matrices)) {
    const ranges = rangesOf(matrices[name]);
    if (ranges.length) {
      out.push(
        `<definedName name="${escapeXml(name)}">${escapeXml(ranges.join(","))}</definedName>`,
      );
    }
  }
  return out.length ? `<definedNames>${out.join("")}</definedNames>` : "";
}

function rangesOf(matrix: Matrix): string[] {
  const each = (fn: (sheet: string, cell: NamedCell) => void) => {
    for (const sheet of Object.keys(matrix)) {
      matrix[sheet].forEach((cells) => cells.forEach((cell) => fn(sheet, cell)));
    }
  };
  each((_, cell) => (cell.mark = true));
  const ranges: string[] = [];
  each((sheet, cell) => {
    if (cell.mark) ranges.push(explore(matrix[sheet], sheet, cell));
  });
  return ranges;
}

function explore(rows: NamedCell[][], sheet: string, cell: NamedCell): string {
  cell.mark = false;
  const at = (r: number, c: number) => rows[r]?.[c];
  let top = cell.row;
  let bottom = cell.row;
  let left = cell.col;
  let right = cell.col;
  const takeRow = (r: number): boolean => {
    const c = at(r, cell.col);
    if (!c || !c.mark) return false;
    c.mark = false;
    return true;
  };
  while (takeRow(top - 1)) top--;
  while (takeRow(bottom + 1)) bottom++;
  const takeColumn = (x: number): boolean => {
    const found: NamedCell[] = [];
    for (let r = top; r <= bottom; r++) {
      const c = at(r, x);
      if (!c || !c.mark) return false;
      found.push(c);
    }
    for (const c of found) c.mark = false;
    return true;
  };
  while (takeColumn(left - 1)) left--;
  while (takeColumn(right + 1)) right++;
  const prefix =
    sheet === "undefined" ? "" : /^[a-zA-Z0-9]*$/.test(sheet) ? `${sheet}!` : `'${sheet}'!`;
  const tl = `$${columnName(left)}$${top}`;
  return top === bottom && left === right
    ? prefix + tl
    : `${prefix}${tl}:$${columnName(right)}$${bottom}`;
}
