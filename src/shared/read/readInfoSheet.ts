import type { Grid, InfoSheet, SheetAnchors, SourcedValue } from "../model";
import { normalizeLabel } from "../text/normalizeLabel";
import { TEMPLATE_TEXT } from "../template/templateLayout";
import { cellAnchor, findHeaderRow } from "./anchors";
import { cellAt, cellText, type ReadContext } from "./context";

/** Columns searched for field labels (units sometimes shift the table right). */
const LABEL_SEARCH_COLS = 4;

/**
 * Reads the unit information sheet: each field's row is found by its label, its value in the
 * "Giá trị" column (or the first non-empty cell right of the label when the header is gone).
 */
export function readInfoSheet(
  grid: Grid,
  sheet: InfoSheet,
  ctx: ReadContext,
  anchors: SheetAnchors,
): Record<string, SourcedValue> {
  const header = findHeaderRow(grid, [TEMPLATE_TEXT.value, TEMPLATE_TEXT.field], 1);
  const valueCol = header?.columns.get(normalizeLabel(TEMPLATE_TEXT.value));
  const labelRows = new Map<string, { row: number; col: number }>();
  for (let r = header ? header.row + 1 : 0; r < grid.rows.length; r++) {
    for (let c = 0; c < LABEL_SEARCH_COLS; c++) {
      const t = cellAnchor(cellAt(grid, r, c));
      if (t && !labelRows.has(t)) labelRows.set(t, { row: r, col: c });
    }
  }
  const out: Record<string, SourcedValue> = {};
  for (const field of sheet.fields) {
    const at = labelRows.get(normalizeLabel(field.label));
    if (!at) {
      if (field.required)
        ctx.add(
          "E_ROW_MISSING",
          { sheet: grid.name, indicator: field.id },
          { indicator: field.id, label: field.label },
        );
      continue;
    }
    let col = valueCol ?? at.col + 1;
    if (valueCol === undefined) {
      const row = grid.rows[at.row] ?? [];
      for (let c = at.col + 1; c < row.length; c++) {
        if (
          cellText(row[c] ?? null).trim() !== "" ||
          (row[c] !== null && typeof row[c] === "object")
        ) {
          col = c;
          break;
        }
      }
    }
    anchors.rows[field.id] = at.row;
    anchors.cols[field.id] = col;
    const v = ctx.readCell(grid, at.row, col, field, { indicator: field.id });
    if (v) out[field.id] = v;
  }
  return out;
}
