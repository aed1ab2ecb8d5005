import { a1 } from "../a1/a1";
import type { Grid, IndicatorSheet, SheetAnchors, SourcedValue } from "../model";
import { indicatorApplies, ratioParts } from "../outline/indicators";
import { memoBySheet } from "../outline/memoBySheet";
import { TEMPLATE_COLS, TEMPLATE_TEXT } from "../template/templateLayout";
import { normalizeLabel } from "../text/normalizeLabel";
import { cellAnchor, findHeaderRow, normalizeCode } from "./anchors";
import { cellAt, type ReadContext } from "./context";

/** In a consolidated appendix a yes/no indicator counted across units holds the count. */
const COUNT_SPEC = { type: "integer" as const };

export type SheetValues = Record<string, Record<string, SourcedValue>>;

/**
 * Reads an indicator table. Columns are found by their header text, rows by the indicator code in
 * the STT column, then by the normalized label, so inserted rows and columns do not matter.
 * Values of indicators that do not apply to the unit's type are reported and left out. With
 * `rollup` (the workbook is a consolidated appendix), counted yes/no indicators are read as counts.
 */
export function readIndicatorSheet(
  grid: Grid,
  sheet: IndicatorSheet,
  unitType: string | undefined,
  ctx: ReadContext,
  anchors: SheetAnchors,
  rollup = false,
): SheetValues {
  const out: SheetValues = {};
  const headerTexts = [
    TEMPLATE_TEXT.stt,
    TEMPLATE_TEXT.indicator,
    ...sheet.columns.map((c) => c.header),
  ];
  const header = findHeaderRow(grid, headerTexts, Math.min(2, sheet.columns.length));
  if (!header) {
    ctx.add(
      "E_SHEET_MISSING",
      { sheet: grid.name },
      { sheet: `${sheet.name} (không thấy dòng tiêu đề cột)` },
    );
    return out;
  }
  const colOf = new Map<string, number>();
  for (const col of sheet.columns) {
    const c = header.columns.get(normalizeLabel(col.header));
    if (c === undefined) {
      ctx.add(
        "E_SHEET_MISSING",
        { sheet: grid.name, cell: a1(header.row, 0), column: col.id },
        { sheet: `${sheet.name}, cột "${col.header}"` },
      );
    } else {
      colOf.set(col.id, c);
      anchors.cols[col.id] = c;
    }
  }
  const codeCol = header.columns.get(normalizeLabel(TEMPLATE_TEXT.stt)) ?? TEMPLATE_COLS.code;
  const labelCol =
    header.columns.get(normalizeLabel(TEMPLATE_TEXT.indicator)) ?? TEMPLATE_COLS.label;

  const byCode = new Map<string, number[]>();
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const code = normalizeCode(cellAnchor(cellAt(grid, r, codeCol)));
    if (code) push(byCode, code, r);
  }
  // Labels are looked at only where codes do not settle the row (rarely): not built otherwise.
  let byLabel: Map<string, number[]> | undefined;
  const rowsLabelled = (label: string): number[] => {
    if (!byLabel) {
      byLabel = new Map();
      for (let r = header.row + 1; r < grid.rows.length; r++) {
        const text = cellAnchor(cellAt(grid, r, labelCol));
        if (text) push(byLabel, text, r);
      }
    }
    return byLabel.get(label) ?? [];
  };

  const keys = indicatorKeysOf(sheet);
  for (const ind of sheet.indicators) {
    if (ind.heading || ratioParts(ind)) continue;
    const { label, code } = keys.get(ind)!;
    const codeRows = byCode.get(code) ?? [];
    let row: number | undefined;
    if (codeRows.length === 1) row = codeRows[0];
    else if (codeRows.length > 1) {
      const labelRows = rowsLabelled(label);
      row = codeRows.find((r) => labelRows.includes(r)) ?? codeRows[0];
      if (!labelRows.includes(row)) {
        ctx.add(
          "W_AMBIGUOUS",
          { sheet: grid.name, cell: a1(row, codeCol), indicator: ind.code },
          { detail: `mã chỉ tiêu ${ind.code}` },
        );
      }
    } else {
      const labelRows = rowsLabelled(label);
      if (labelRows.length > 0) {
        row = labelRows[0];
        if (labelRows.length > 1) {
          ctx.add(
            "W_AMBIGUOUS",
            { sheet: grid.name, cell: a1(row, labelCol), indicator: ind.code },
            { detail: `"${ind.label}"` },
          );
        }
      }
    }
    const applies = indicatorApplies(ind, unitType);
    if (row === undefined) {
      if (applies)
        ctx.add(
          "E_ROW_MISSING",
          { sheet: grid.name, indicator: ind.code },
          { indicator: ind.code, label: ind.label },
        );
      continue;
    }
    anchors.rows[ind.code] = row;
    const values: Record<string, SourcedValue> = {};
    for (const [colId, c] of colOf) {
      const v = ctx.readCell(
        grid,
        row,
        c,
        rollup && ind.aggregation === "countYes" ? COUNT_SPEC : ind,
        { indicator: ind.code, column: colId },
      );
      if (!v) continue;
      if (!applies) {
        ctx.add(
          "W_NOT_APPLICABLE",
          { sheet: grid.name, cell: v.src.cell, indicator: ind.code, column: colId },
          { indicator: ind.code, value: String(v.v) },
        );
        continue;
      }
      values[colId] = v;
    }
    out[ind.code] = values;
  }
  return out;
}

/**
 * Each indicator's normalized label and code, worked out once per outline sheet: every unit's
 * workbook is read against the same indicators.
 */
const indicatorKeysOf = memoBySheet(
  (sheet) =>
    new Map(
      sheet.indicators.map((ind) => [
        ind,
        { label: normalizeLabel(ind.label), code: normalizeCode(ind.code) },
      ]),
    ),
);

function push(map: Map<string, number[]>, key: string, row: number): void {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}
