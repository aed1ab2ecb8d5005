import { a1 } from "../a1/a1";
import type { Grid, ListSheet, SheetAnchors, SourcedValue } from "../model";
import { ORIGIN_UNIT_KEY, TEMPLATE_TEXT } from "../template/templateLayout";
import { normalizeLabel } from "../text/normalizeLabel";
import { cellAnchor, findHeaderRow } from "./anchors";
import { cellAt, cellText, type ReadContext } from "./context";
import { listTableEnd } from "./listTableEnd";

/**
 * Reads a list table: columns by header text, then every row below the header that has a value
 * in at least one list column (the STT column alone does not make a row), down to the end of the
 * table: what offices write under it (signature block, date line, notes) is not a list row and
 * is reported once as I_TABLE_END.
 */
export function readListSheet(
  grid: Grid,
  sheet: ListSheet,
  ctx: ReadContext,
  anchors: SheetAnchors,
): Array<Record<string, SourcedValue>> {
  const header = findHeaderRow(
    grid,
    [...sheet.columns.map((c) => c.header), TEMPLATE_TEXT.originUnit],
    Math.min(2, sheet.columns.length),
  );
  if (!header) {
    ctx.add(
      "E_SHEET_MISSING",
      { sheet: grid.name },
      { sheet: `${sheet.name} (không thấy dòng tiêu đề cột)` },
    );
    return [];
  }
  const cols: Array<{
    id: string;
    c: number;
    spec: ListSheet["columns"][number] | { type: "text" };
  }> = [];
  for (const col of sheet.columns) {
    const c = header.columns.get(normalizeLabel(col.header));
    if (c !== undefined) cols.push({ id: col.id, c, spec: col });
    else
      ctx.add(
        "E_SHEET_MISSING",
        { sheet: grid.name, column: col.id },
        { sheet: `${sheet.name}, cột "${col.header}"` },
      );
  }
  const origin = header.columns.get(normalizeLabel(TEMPLATE_TEXT.originUnit));
  if (origin !== undefined) cols.push({ id: ORIGIN_UNIT_KEY, c: origin, spec: { type: "text" } });

  for (const { id, c } of cols) anchors.cols[id] = c;
  const stt = [...(grid.rows[header.row] ?? [])].findIndex(
    (cell) => cellAnchor(cell ?? null) === normalizeLabel(TEMPLATE_TEXT.stt),
  );
  const end = listTableEnd(grid, header.row, cols, stt);
  if (end < grid.rows.length) {
    const row = grid.rows[end] ?? [];
    const c = row.findIndex((cell) => cellText(cell ?? null).trim() !== "");
    ctx.add(
      "I_TABLE_END",
      { sheet: grid.name, cell: a1(end, Math.max(c, 0)) },
      { value: cellText(row[c] ?? null).trim(), detail: String(end + 1) },
    );
  }
  const rows: Array<Record<string, SourcedValue>> = [];
  for (let r = header.row + 1; r < end; r++) {
    if (!cols.some(({ c }) => cellAt(grid, r, c) !== null && cellAt(grid, r, c) !== "")) continue;
    const out: Record<string, SourcedValue> = {};
    for (const { id, c, spec } of cols) {
      const v = ctx.readCell(grid, r, c, spec, { column: id }, false);
      if (v) out[id] = v;
    }
    if (Object.keys(out).length > 0) rows.push(out);
  }
  return rows;
}
