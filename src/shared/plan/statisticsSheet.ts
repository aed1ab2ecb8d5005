import { a1Range } from "../a1/a1";
import type { Consolidation } from "../consolidate/consolidate";
import type { Campaign, IndicatorSheet, PlanSheet } from "../model";
import { indicatorSheets } from "../outline/indicators";
import { DETAIL_FIXED, detailKey, type DetailLayout } from "./consolidatedDetailSheet";
import { SheetBuilder } from "./sheetBuilder";
import { quoteSheetName } from "../a1/a1";
import { TEMPLATE_ROWS } from "../template/templateLayout";

export const STATISTICS_SHEET = "Thống kê";

const HEADERS = [
  "Biểu",
  "Mã",
  "Chỉ tiêu",
  "Cột",
  "Số đơn vị báo cáo",
  "Tổng",
  "Trung bình",
  "Trung vị",
  "Nhỏ nhất",
  "Đơn vị nhỏ nhất",
  "Lớn nhất",
  "Đơn vị lớn nhất",
];

/**
 * Statistics per indicator and column over the units' rows of the detail sheets, as live formulas
 * (COUNT, SUM, AVERAGE, MEDIAN, MIN, MAX, and INDEX/MATCH for the unit holding min and max), each
 * with the engine's value cached.
 */
export function buildStatisticsSheet(
  campaign: Campaign,
  c: Consolidation,
  layouts: Map<string, DetailLayout>,
): PlanSheet {
  const b = new SheetBuilder(STATISTICS_SHEET);
  b.titleRows("Thống kê theo chỉ tiêu", campaign.title, HEADERS.length - 1);
  b.setRow(
    TEMPLATE_ROWS.header,
    0,
    HEADERS.map((v) => ({ v, s: "header" })),
  );
  const sheets = new Map<string, IndicatorSheet>(
    indicatorSheets(campaign.outline).map((s) => [s.id, s]),
  );
  const firstUnitRow = TEMPLATE_ROWS.header + 2;
  const lastUnitRow = firstUnitRow + c.units.length - 1;
  const nameCol = DETAIL_FIXED.indexOf("Tên đơn vị");

  c.statistics.forEach((stat, i) => {
    const r = TEMPLATE_ROWS.firstData + i;
    const sheet = sheets.get(stat.sheet)!;
    const ind = sheet.indicators.find((x) => x.code === stat.code)!;
    const column = sheet.columns.find((x) => x.id === stat.column)!;
    const layout = layouts.get(stat.sheet)!;
    const d = stat.description;
    const numberStyle =
      ind.type === "percent" || typeof ind.aggregation === "object"
        ? "percent"
        : ind.type === "decimal"
          ? "decimal"
          : "integer";
    b.setRow(r, 0, [
      { v: sheet.id, s: "text" },
      { v: ind.code, s: "code" },
      { v: ind.label, s: "text" },
      { v: column.header, s: "text" },
    ]);
    const unitName = (at: number | null) => (at === null ? "" : c.units[at].unit.name);
    if (c.units.length === 0) {
      b.set(r, 4, { v: 0, s: "integer" });
      for (let k = 5; k < HEADERS.length; k++) b.set(r, k, { s: "text" });
      return;
    }
    const col = layout.columnOf.get(detailKey(stat.code, stat.column))!;
    const sheetRef = quoteSheetName(layout.sheetName);
    const range = `${sheetRef}!${a1Range(firstUnitRow, col, lastUnitRow, col)}`;
    const names = `${sheetRef}!${a1Range(firstUnitRow, nameCol, lastUnitRow, nameCol)}`;
    const guard = (f: string) => `IF(COUNT(${range})=0,"",${f})`;
    b.setRow(r, 4, [
      { f: `COUNT(${range})`, v: d.count, s: "integer" },
      { f: guard(`SUM(${range})`), v: d.sum ?? "", s: numberStyle },
      { f: guard(`AVERAGE(${range})`), v: d.mean ?? "", s: numberStyle },
      { f: guard(`MEDIAN(${range})`), v: d.median ?? "", s: numberStyle },
      { f: guard(`MIN(${range})`), v: d.min ?? "", s: numberStyle },
      {
        f: guard(`INDEX(${names},MATCH(MIN(${range}),${range},0))`),
        v: unitName(d.minAt),
        s: "text",
      },
      { f: guard(`MAX(${range})`), v: d.max ?? "", s: numberStyle },
      {
        f: guard(`INDEX(${names},MATCH(MAX(${range}),${range},0))`),
        v: unitName(d.maxAt),
        s: "text",
      },
    ]);
  });
  [6, 8, 40, 12, 10, 14, 12, 12, 12, 30, 12, 30].forEach((w, i) => b.setWidth(i, w));
  b.freeze = { rows: TEMPLATE_ROWS.firstData, cols: 3 };
  b.protect = true;
  return b.build();
}
