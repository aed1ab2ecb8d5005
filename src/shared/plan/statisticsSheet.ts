import { a1, a1Range } from "../a1/a1";
import type { Consolidation } from "../consolidate/consolidate";
import type { Campaign, IndicatorSheet, PlanSheet } from "../model";
import type { Indicator } from "../model";
import { indicatorSheets, meanWeight, ratioParts } from "../outline/indicators";
import { DETAIL_FIXED, detailKey, type DetailLayout } from "./consolidatedDetailSheet";
import { SheetBuilder } from "./sheetBuilder";
import { quoteSheetName } from "../a1/a1";
import { writeHeading, writeSignature } from "./appendixDocument";
import type { AppendixSheetOptions } from "./buildTemplatePlan";
import { APPENDIX_ROWS } from "./templateLayout";

export const STATISTICS_SHEET = "Thống kê";

/** What the short words of the "Cách tính" column mean. */
export const STATISTICS_NOTE =
  "Cách tính số liệu tổng hợp: Cộng = cộng số liệu các đơn vị; Tỷ lệ tính lại a/b = tổng chỉ " +
  "tiêu a chia tổng chỉ tiêu b (không cộng, không lấy trung bình các tỷ lệ); Bình quân theo w = " +
  "bình quân gia quyền, quyền số là chỉ tiêu w; Số đơn vị có = số đơn vị trả lời Có. Trung bình " +
  "các đơn vị là trung bình cộng số liệu các đơn vị, chỉ để tham khảo.";

const HEADERS = [
  "Biểu",
  "Mã",
  "Chỉ tiêu",
  "Cột",
  "Số đơn vị báo cáo",
  "Số liệu tổng hợp",
  "Cách tính số liệu tổng hợp",
  "Trung bình các đơn vị",
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
  appendix: AppendixSheetOptions,
): PlanSheet {
  const b = new SheetBuilder(STATISTICS_SHEET, APPENDIX_ROWS);
  const lastCol = HEADERS.length - 1;
  writeHeading(b, appendix.form, appendix.number, lastCol, 5);
  b.titleRows("Thống kê theo chỉ tiêu", appendix.subtitle, lastCol);
  const rows = b.layout;
  b.setRow(
    rows.header,
    0,
    HEADERS.map((v) => ({ v, s: "header" })),
  );
  const sheets = new Map<string, IndicatorSheet>(
    indicatorSheets(campaign.outline).map((s) => [s.id, s]),
  );
  const nameCol = DETAIL_FIXED.indexOf("Tên đơn vị");

  c.statistics.forEach((stat, i) => {
    const r = rows.firstData + i;
    const sheet = sheets.get(stat.sheet)!;
    const ind = sheet.indicators.find((x) => x.code === stat.code)!;
    const column = sheet.columns.find((x) => x.id === stat.column)!;
    const layout = layouts.get(stat.sheet)!;
    const { firstRow: firstUnitRow, lastRow: lastUnitRow } = layout;
    const d = stat.description;
    const numberStyle =
      ind.type === "percent" || ratioParts(ind)
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
    // The consolidated figure is the per-unit table's own total, whatever the aggregation: a rate
    // recomputed from its parts, an average weighted, never a sum of rates or averages.
    const total = `${sheetRef}!${a1(layout.totalRow, col)}`;
    const totalValue = c.totals[stat.sheet][stat.code][stat.column];
    b.setRow(r, 4, [
      { f: `COUNT(${range})`, v: d.count, s: "integer" },
      { f: `IF(${total}="","",${total})`, v: totalValue ?? "", s: numberStyle },
      { v: howConsolidated(ind), s: "text" },
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
  [5, 5, 34, 8, 7, 12, 16, 11, 11, 11, 26, 11, 26].forEach((w, i) => b.setWidth(i, w));
  b.freeze = { rows: rows.firstData, cols: 3 };
  // Three pages wide, each with the indicator columns repeated: the consolidated figures, the
  // spread (mean, median, smallest), the units holding the smallest and largest values.
  b.print = {
    repeatRows: { first: rows.header, last: rows.header },
    repeatCols: { first: 0, last: 3 },
    groupStarts: [4, 7, 10],
  };
  const note = b.rowCount + 1;
  b.set(note, 0, { v: STATISTICS_NOTE, s: "note" });
  b.merge(note, 0, note, 6);
  writeSignature(b, appendix.form, lastCol, 5);
  b.protect = true;
  return b.build();
}

/**
 * How the consolidated figure of an indicator is obtained, in the words of the office.
 *
 * Short enough for one printed line; the sheet's note spells the words out.
 *
 * @example howConsolidated(ratio3) === "Tỷ lệ tính lại 2/1"
 */
export function howConsolidated(ind: Indicator): string {
  const ratio = ratioParts(ind);
  if (ratio) return `Tỷ lệ tính lại ${ratio.numerator}/${ratio.denominator}`;
  const weight = meanWeight(ind);
  if (weight) return `Bình quân theo ${weight}`;
  switch (ind.aggregation) {
    case "countYes":
      return "Số đơn vị có";
    case "mean":
      return "Trung bình cộng";
    case "min":
      return "Nhỏ nhất";
    case "max":
      return "Lớn nhất";
    default:
      return "Cộng";
  }
}
