import { a1 } from "../a1/a1";
import type { Grid, Outline, SourceWorkbook, UnitReport } from "../model";
import { META_SHEET_NAME } from "../model";
import { TEMPLATE_ROWS } from "../template/templateLayout";
import { normalizeLabel } from "../text/normalizeLabel";
import type { ReadContext } from "./context";

export interface TemplateFacts {
  workbook: SourceWorkbook;
  outline: Outline;
  /** The grid each outline sheet was found in. */
  located: Map<string, Grid>;
  report: UnitReport;
  hasMeta: boolean;
}

/**
 * Notes (info findings) on how a unit changed the template, which reading got over: the office
 * wants to know. A file saved as .xls/.ods/.csv, a missing meta sheet, renamed tabs, tabs in
 * another order, inserted or deleted rows (the first indicator off its template row, once per
 * sheet). Not for a consolidated appendix, whose layout is not the template's.
 *
 * @example noteTemplateChanges(ctx, { workbook, outline, located, report, hasMeta: false }) // I_META_MISSING
 */
export function noteTemplateChanges(ctx: ReadContext, facts: TemplateFacts): void {
  const { workbook, outline, located, report, hasMeta } = facts;
  if (workbook.format && workbook.format !== "xlsx")
    ctx.add("I_RESAVED", {}, { detail: `.${workbook.format}` });
  if (!hasMeta) ctx.add("I_META_MISSING", {}, { sheet: META_SHEET_NAME });
  // A CSV's one sheet is named after the file: no tab was renamed.
  for (const sheet of workbook.format === "csv" ? [] : outline.sheets) {
    const grid = located.get(sheet.id);
    if (grid && normalizeLabel(grid.name) !== normalizeLabel(sheet.name))
      ctx.add("I_SHEET_RENAMED", { sheet: grid.name }, { detail: sheet.name, value: grid.name });
  }
  const order = workbook.sheets
    .map((g) => outline.sheets.findIndex((s) => located.get(s.id) === g))
    .filter((i) => i >= 0);
  if (order.some((i, k) => k > 0 && i < order[k - 1]))
    ctx.add(
      "I_SHEET_ORDER",
      {},
      { detail: order.map((i) => located.get(outline.sheets[i].id)!.name).join(" · ") },
    );
  for (const sheet of outline.sheets) {
    const anchors = report.anchors[sheet.id];
    if (!anchors || sheet.kind === "list") continue;
    const keys =
      sheet.kind === "info" ? sheet.fields.map((f) => f.id) : sheet.indicators.map((i) => i.code);
    const moved = keys.findIndex(
      (key, i) =>
        anchors.rows[key] !== undefined && anchors.rows[key] !== TEMPLATE_ROWS.firstData + i,
    );
    if (moved < 0) continue;
    const row = anchors.rows[keys[moved]];
    ctx.add(
      "I_ROWS_MOVED",
      { sheet: anchors.sheet, cell: a1(row, 0), indicator: keys[moved] },
      {
        indicator: keys[moved],
        value: String(row + 1),
        expected: String(TEMPLATE_ROWS.firstData + moved + 1),
      },
    );
  }
}
