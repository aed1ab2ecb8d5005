import type { Grid, ListSheet, SheetAnchors, SourcedValue } from "../model";
import { ORIGIN_UNIT_KEY, TEMPLATE_TEXT } from "../template/templateLayout";
import { normalizeLabel } from "../text/normalizeLabel";
import { findHeaderRow } from "./anchors";
import { cellAt, type ReadContext } from "./context";

/**
 * Reads a list table: columns by header text, then every row below the header that has a value
 * in at least one list column (the STT column alone does not make a row).
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
  const rows: Array<Record<string, SourcedValue>> = [];
  for (let r = header.row + 1; r < grid.rows.length; r++) {
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
