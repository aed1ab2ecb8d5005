import type { Cell, Grid, ListSheet } from "../model";
import { convertCell } from "./convertCell";
import { cellAnchor } from "./anchors";
import { isSignatureText } from "./isSignatureText";

/** A list column as the reader found it: its spec and its grid column. */
export interface FoundColumn {
  c: number;
  spec: ListSheet["columns"][number] | { type: "text"; required?: undefined };
}

const isBlank = (cell: Cell | undefined) =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/**
 * The row (0-based) where a list table ends, or grid.rows.length. Offices write a signature
 * block under their tables: a blank row or two, then "Người lập biểu" and "T/M CHI ỦY" / "BÍ THƯ",
 * "(Ký, ghi rõ họ tên)", the names, "…, ngày … tháng … năm …", notes. The table ends at the
 * first non-empty row that does not fit the table's pattern (most of its required cells filled
 * with values of their type, and an STT when every row so far had one) and either holds such
 * wording or comes after a blank row. A real row with a mistake in it still fits (more than half
 * right), so its errors are reported, not hidden.
 *
 * @example listTableEnd(grid, 3, cols, 0) // 9 when row 10 holds "Người lập biểu"
 */
export function listTableEnd(
  grid: Grid,
  headerRow: number,
  cols: FoundColumn[],
  sttCol: number,
): number {
  const required = cols.filter((col) => col.spec.required);
  const checked = required.length > 0 ? required : cols;
  let gap = false;
  let data = 0;
  let everyRowNumbered = true;
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (row.every(isBlank)) {
      gap = data > 0 || gap;
      continue;
    }
    const hasStt = sttCol >= 0 && !isBlank(row[sttCol]);
    const sttExpected = data > 0 && everyRowNumbered && sttCol >= 0;
    let right = sttExpected && hasStt ? 1 : 0;
    for (const { c, spec } of checked) {
      const { v, issues } = convertCell(row[c] ?? null, spec);
      if (v !== null && !issues.some((i) => i.code === "E_TYPE")) right++;
    }
    const fits = right * 2 > checked.length + (sttExpected ? 1 : 0);
    if (!fits && (gap || row.some((cell) => isSignatureText(cellAnchor(cell ?? null))))) return r;
    if (cols.some(({ c }) => !isBlank(row[c]))) {
      data++;
      everyRowNumbered &&= hasStt;
      gap = false;
    }
  }
  return grid.rows.length;
}
