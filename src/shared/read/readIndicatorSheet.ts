import { a1 } from "../a1/a1";
import type { Grid, Indicator, IndicatorSheet, SheetAnchors, SourcedValue } from "../model";
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
  const { uniqueByLabel, contextOf } = labelContextOf(sheet);
  let labels: ReturnType<typeof labelIndex> | undefined;
  const labelled = () => (labels ??= labelIndex(grid, header.row + 1, labelCol, uniqueByLabel));
  const rowsLabelled = (label: string): number[] => labelled().byLabel.get(label) ?? [];
  /**
   * The one candidate row under the same context as the indicator in the outline (its parent, or
   * the unique row before it: "Khiển trách" under "bị kỷ luật đảng" or under "kỷ luật hành
   * chính"), or undefined when none or several are.
   */
  const inContext = (ind: Indicator, rows: number[]): number | undefined => {
    const { contextAt } = labelled();
    const fitting = rows.filter((r) => contextAt[r] === contextOf.get(ind));
    return fitting.length === 1 ? fitting[0] : undefined;
  };

  const keys = indicatorKeysOf(sheet);
  for (const ind of sheet.indicators) {
    if (ind.heading || ratioParts(ind)) continue;
    const { label, code } = keys.get(ind)!;
    const codeRows = byCode.get(code) ?? [];
    let row: number | undefined;
    let candidates: number[] = [];
    if (codeRows.length === 1) row = codeRows[0];
    else if (codeRows.length > 1) {
      const labelRows = rowsLabelled(label);
      const both = codeRows.filter((r) => labelRows.includes(r));
      candidates = both.length > 0 ? both : codeRows;
      row = candidates.length === 1 ? candidates[0] : inContext(ind, candidates);
    } else {
      candidates = rowsLabelled(label);
      // A label the outline gives several indicators ("Khiển trách") is only taken in context.
      const shared = !uniqueByLabel.has(label);
      row = candidates.length === 1 && !shared ? candidates[0] : inContext(ind, candidates);
    }
    if (row === undefined && candidates.length > 0) {
      if (indicatorApplies(ind, unitType))
        ctx.add(
          "E_AMBIGUOUS",
          { sheet: grid.name, cell: a1(candidates[0], labelCol), indicator: ind.code },
          {
            indicator: ind.code,
            label: ind.label,
            detail: candidates.map((r) => a1(r, labelCol)).join(", "),
          },
        );
      continue;
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

/**
 * The rows of each label below the header, and for each row the nearest indicator above it whose
 * label is unique in the outline sheet (its context).
 */
function labelIndex(
  grid: Grid,
  first: number,
  labelCol: number,
  uniqueByLabel: Map<string, Indicator>,
): { byLabel: Map<string, number[]>; contextAt: Array<Indicator | undefined> } {
  const byLabel = new Map<string, number[]>();
  const contextAt: Array<Indicator | undefined> = [];
  let context: Indicator | undefined;
  for (let r = first; r < grid.rows.length; r++) {
    contextAt[r] = context;
    const text = cellAnchor(cellAt(grid, r, labelCol));
    if (!text) continue;
    push(byLabel, text, r);
    context = uniqueByLabel.get(text) ?? context;
  }
  return { byLabel, contextAt };
}

/**
 * Per outline sheet: the indicators whose normalized label is unique in it (headings included),
 * and each indicator's context — the nearest indicator before it with such a label.
 */
const labelContextOf = memoBySheet((sheet) => {
  const count = new Map<string, number>();
  const labels = sheet.indicators.map((ind) => normalizeLabel(ind.label));
  for (const l of labels) count.set(l, (count.get(l) ?? 0) + 1);
  const uniqueByLabel = new Map<string, Indicator>();
  const contextOf = new Map<Indicator, Indicator | undefined>();
  let context: Indicator | undefined;
  sheet.indicators.forEach((ind, i) => {
    contextOf.set(ind, context);
    if (count.get(labels[i]) === 1) {
      uniqueByLabel.set(labels[i], ind);
      context = ind;
    }
  });
  return { uniqueByLabel, contextOf };
});

function push(map: Map<string, number[]>, key: string, row: number): void {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}
