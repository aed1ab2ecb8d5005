import { a1, a1Range, columnLetters } from "../a1/a1";
import type { ConsolidatedUnit, Consolidation } from "../consolidate/consolidate";
import type { Campaign, Finding, IndicatorSheet, PlanCell, PlanSheet } from "../model";
import { writeHeading, writeSignature } from "./appendixDocument";
import type { AppendixSheetOptions } from "./buildTemplatePlan";
import { sumOf } from "../consolidate/aggregate";
import { meanWeight, ratioParts } from "../outline/indicators";
import { groupFormula, ratioFormula, totalFormula, weightedMeanFormula } from "./formulas";
import { SheetBuilder } from "./sheetBuilder";
import { flaggedStyleFor, valueStyleFor, type PlanStyleName } from "./styles";
import { columnWidthPt, PRINTABLE_WIDTH_PT } from "./printLayout";
import { APPENDIX_ROWS } from "../template/templateLayout";

/** Leading columns of a detail sheet: STT, name, code, level, type. */
export const DETAIL_FIXED = ["STT", "Tên đơn vị", "Mã đơn vị", "Cấp", "Loại hình"] as const;
const COL = { stt: 0, name: 1, code: 2, level: 3, type: 4, first: DETAIL_FIXED.length };
/** The check status comes last, after the figures: it is for the office, not for printing. */
const STATUS_HEADER = "Tình trạng kiểm tra";
const HEADER_ROWS = 2;

/** Where the totals of a detail sheet landed, for the summary sheets to reference. */
export interface DetailLayout {
  sheetName: string;
  /** Row of the "Tổng cộng" line, 0-based. */
  totalRow: number;
  /** Rows of the units (0-based, inclusive; last < first when there are none). */
  firstRow: number;
  lastRow: number;
  /** Column of (indicator code, column id), 0-based. */
  columnOf: Map<string, number>;
}

export function detailKey(code: string, columnId: string): string {
  return `${code}\u0000${columnId}`;
}

/** Key of the column holding the weights of weighted-mean indicator `code` in value column `columnId`. */
export function weightColumnKey(code: string, columnId: string): string {
  return `${code}\u0000${columnId}\u0000weight`;
}

export function detailSheetName(sheet: IndicatorSheet): string {
  return `TH_${sheet.id}`;
}

/**
 * The per-unit table of one indicator sheet: one row per unit, the indicators' columns side by
 * side, then a live total (SUBTOTAL) and subtotals by level and by unit type (SUMIFS & co.), with
 * ratios recomputed from the summed parts on every line.
 */
export function buildDetailSheet(
  campaign: Campaign,
  sheet: IndicatorSheet,
  c: Consolidation,
  statusOf: (unitCode: string) => { text: string; style: PlanStyleName },
  appendix: AppendixSheetOptions,
  flagged: FlaggedCells = new Map(),
): { plan: PlanSheet; layout: DetailLayout } {
  const name = detailSheetName(sheet);
  const b = new SheetBuilder(name, APPENDIX_ROWS);
  const indicators = sheet.indicators.filter((i) => !i.heading);
  const columnOf = new Map<string, number>();
  let col = COL.first;
  // A weighted mean's weights get columns of their own right after it, so its total can be
  // checked by hand and recomputed by Excel from what is printed.
  for (const ind of indicators) {
    for (const vc of sheet.columns) columnOf.set(detailKey(ind.code, vc.id), col++);
    if (meanWeight(ind))
      for (const vc of sheet.columns) columnOf.set(weightColumnKey(ind.code, vc.id), col++);
  }
  const lastCol = col - 1;
  const statusCol = col;
  const byCode = new Map(sheet.indicators.map((i) => [i.code, i]));

  b.setWidth(COL.stt, 5);
  b.setWidth(COL.name, 24);
  b.setWidth(COL.code, 9);
  b.setWidth(COL.level, 6);
  b.setWidth(COL.type, 7);
  for (const ind of indicators)
    for (const vc of sheet.columns) {
      const k = columnOf.get(detailKey(ind.code, vc.id))!;
      // Money needs room for its decimals; counts and rates are short.
      b.setWidth(k, ind.type === "decimal" ? 12 : sheet.columns.length > 1 ? 8 : 11);
      if (meanWeight(ind)) b.setWidth(columnOf.get(weightColumnKey(ind.code, vc.id))!, 8);
    }
  b.setWidth(statusCol, 16);
  // The heading spans the first printed page: the unit columns and the groups that fit beside them.
  let headingCols: number = COL.first;
  for (let k = 0, w = 0; k <= lastCol; k++) {
    w += columnWidthPt(b.columnWidths[k] ?? 10);
    if (w > PRINTABLE_WIDTH_PT.landscape) break;
    headingCols = k;
  }
  writeHeading(b, appendix.form, appendix.number, headingCols, COL.first);
  b.titleRows(`Tổng hợp theo đơn vị — ${sheet.title}`, appendix.subtitle, headingCols);

  const h1 = b.layout.header;
  const h2 = h1 + 1;
  [
    ...DETAIL_FIXED.map((text, i) => [text, i] as const),
    [STATUS_HEADER, statusCol] as const,
  ].forEach(([text, i]) => {
    b.set(h1, i, { v: text, s: "header" });
    b.set(h2, i, { s: "header" });
    b.merge(h1, i, h2, i);
  });
  // An indicator's header over its value columns: its label above, the year (or unit) below.
  const header = (start: number, label: string, unit: string) => {
    b.set(h1, start, { v: label, s: "header" });
    sheet.columns.forEach((vc, j) => {
      if (j > 0) b.set(h1, start + j, { s: "header" });
      b.set(h2, start + j, {
        v: sheet.columns.length > 1 ? vc.header : unit || vc.header,
        s: "header",
      });
    });
    if (sheet.columns.length > 1) b.merge(h1, start, h1, start + sheet.columns.length - 1);
  };
  const withUnit = (text: string, unit: string) => `${text}${unit ? ` (${unit})` : ""}`;
  for (const ind of indicators) {
    // A yes/no column's total counts units: the header says so.
    const unit = ind.aggregation === "countYes" ? "Có/Không; dòng cộng: số đơn vị có" : ind.unit;
    header(
      columnOf.get(detailKey(ind.code, sheet.columns[0].id))!,
      withUnit(`${ind.code}. ${ind.label}`, unit),
      ind.unit,
    );
    const weight = meanWeight(ind);
    if (weight) {
      const w = byCode.get(weight)!;
      header(
        columnOf.get(weightColumnKey(ind.code, sheet.columns[0].id))!,
        withUnit(`Quyền số của chỉ tiêu ${ind.code}: ${weight}. ${w.label}`, w.unit),
        w.unit,
      );
    }
  }
  const weighted = indicators.flatMap((ind) =>
    meanWeight(ind)
      ? sheet.columns.map((vc, k) => ({
          code: ind.code,
          k,
          col: columnOf.get(weightColumnKey(ind.code, vc.id))!,
          valueCol: columnOf.get(detailKey(ind.code, vc.id))!,
          style: valueStyleFor(byCode.get(meanWeight(ind)!)!.type) as PlanStyleName,
        }))
      : [],
  );

  const first = h1 + HEADER_ROWS;
  const last = first + c.units.length - 1;
  const levelName = new Map(campaign.levels.map((l) => [l.code, l.name]));
  const typeName = new Map(campaign.unitTypes.map((t) => [t.code, t.name]));
  // What each value column holds, worked out once rather than for every unit (1,000 units ×
  // a hundred columns).
  const valueColumns = indicators.flatMap((ind) => {
    const ratio = ratioParts(ind);
    return sheet.columns.map((vc, k) => ({
      ind,
      columnId: vc.id,
      k,
      col: columnOf.get(detailKey(ind.code, vc.id))!,
      style: (ind.type === "yesno" ? "yesNo" : valueStyleFor(ind.type)) as PlanStyleName,
      flaggedStyle: flaggedStyleFor(ratio ? "percent" : ind.type),
      key: flagKey(sheet.id, ind.code, vc.id),
      ratio: ratio && {
        numerator: columnLetters(columnOf.get(detailKey(ratio.numerator, vc.id))!),
        denominator: columnLetters(columnOf.get(detailKey(ratio.denominator, vc.id))!),
      },
    }));
  });
  c.units.forEach((u, i) => {
    const r = first + i;
    const status = statusOf(u.unit.code);
    b.setRow(r, 0, [
      { v: i + 1, s: "code" },
      { v: u.unit.name, s: "text" },
      { v: u.unit.code, s: "code" },
      { v: u.unit.level, s: "code" },
      { v: u.unit.type, s: "code" },
    ]);
    b.set(r, statusCol, { v: status.text, s: status.style });
    const values = c.perUnit[i][sheet.id];
    const reported = u.report.values[sheet.id];
    const flags = flagged.get(u.unit.code);
    const row = String(r + 1);
    for (const { ind, columnId, k, col, style, ratio, flaggedStyle, key } of valueColumns) {
      const value = values[ind.code][k];
      const flag = flags?.has(key) && value !== null;
      if (ratio) {
        const f = ratioFormula(ratio.numerator + row, ratio.denominator + row);
        b.set(r, col, { f, v: value ?? "", s: flag ? flaggedStyle : "percent" });
      } else {
        const v = ind.type === "text" ? (reported?.[ind.code]?.[columnId]?.v ?? null) : value;
        b.set(r, col, { v, s: flag && ind.type !== "text" ? flaggedStyle : style } as PlanCell);
      }
    }
    for (const w of weighted)
      b.set(r, w.col, { v: c.weights[i][sheet.id][w.code][w.k], s: w.style });
  });

  // Summary lines below the units: total, then by level, then by unit type.
  const summaries: Array<{
    label: string;
    tier: "total" | "subtotal";
    table: Consolidation["totals"];
    group?: { col: number; key: string };
    member?: (i: number) => boolean;
  }> = [
    { label: "Tổng cộng", tier: "total", table: c.totals },
    ...Object.keys(c.byLevel)
      .sort(orderBy(campaign.levels.map((l) => l.code)))
      .map((k) => ({
        label: `Cộng ${levelName.get(k) ?? k}`,
        tier: "subtotal" as const,
        table: c.byLevel[k],
        group: { col: COL.level, key: k },
        member: (i: number) => c.units[i].unit.level === k,
      })),
    ...Object.keys(c.byType)
      .sort(orderBy(campaign.unitTypes.map((t) => t.code)))
      .map((k) => ({
        label: `Cộng ${typeName.get(k) ?? k}`,
        tier: "subtotal" as const,
        table: c.byType[k],
        group: { col: COL.type, key: k },
        member: (i: number) => c.units[i].unit.type === k,
      })),
  ];
  const totalRow = last + 1;
  summaries.forEach((s, i) => {
    const r = totalRow + i;
    const labelStyle = s.tier === "total" ? "totalLabel" : "subtotalLabel";
    b.set(r, 0, { s: labelStyle });
    b.set(r, 1, { v: s.label, s: labelStyle });
    for (let k = 2; k < COL.first; k++) b.set(r, k, { s: labelStyle });
    b.merge(r, 1, r, COL.first - 1);
    b.set(r, statusCol, { s: labelStyle });
    for (const ind of indicators) {
      const ratio = ratioParts(ind);
      for (const vc of sheet.columns) {
        const cc = columnOf.get(detailKey(ind.code, vc.id))!;
        const value = s.table[sheet.id]?.[ind.code]?.[vc.id] ?? null;
        const style = valueStyleFor(
          ind.type === "percent" || ratio
            ? "percent"
            : ind.type === "decimal"
              ? "decimal"
              : "integer",
          s.tier,
        );
        let f: string | undefined;
        const weight = meanWeight(ind);
        if (weight && c.units.length > 0) {
          const wc = columnOf.get(weightColumnKey(ind.code, vc.id))!;
          f = weightedMeanFormula(
            a1Range(first, cc, last, cc),
            a1Range(first, wc, last, wc),
            s.group && {
              keyRange: a1Range(first, s.group.col, last, s.group.col),
              key: s.group.key,
            },
          );
        } else if (ratio) {
          f = ratioFormula(
            a1(r, columnOf.get(detailKey(ratio.numerator, vc.id))!),
            a1(r, columnOf.get(detailKey(ratio.denominator, vc.id))!),
          );
        } else if (
          c.units.length > 0 &&
          typeof ind.aggregation === "string" &&
          ind.type !== "text" &&
          ind.type !== "choice" &&
          ind.type !== "date"
        ) {
          const range = a1Range(first, cc, last, cc);
          f = s.group
            ? groupFormula(
                ind.aggregation,
                range,
                a1Range(first, s.group.col, last, s.group.col),
                s.group.key,
              )
            : totalFormula(ind.aggregation, range);
        }
        b.set(r, cc, f ? { f, v: value ?? "", s: style } : { s: style });
      }
    }
    for (const w of weighted) {
      const range = a1Range(first, w.col, last, w.col);
      const present = c.weights
        .filter((_, i) => !s.member || s.member(i))
        .map((t) => t[sheet.id][w.code][w.k])
        .filter((x): x is number => x !== null);
      const f =
        c.units.length === 0
          ? undefined
          : s.group
            ? groupFormula(
                "sum",
                range,
                a1Range(first, s.group.col, last, s.group.col),
                s.group.key,
              )
            : totalFormula("sum", range);
      const style = valueStyleFor("integer", s.tier);
      b.set(r, w.col, f ? { f, v: present.length ? sumOf(present) : "", s: style } : { s: style });
    }
  });

  const coverageNote = totalRow + summaries.length;
  b.set(coverageNote, 0, {
    v:
      "Ghi chú: (!) đánh dấu số liệu có lỗi (xem sheet Kiểm tra); dòng Tổng cộng và các dòng Cộng " +
      "gồm mọi đơn vị có trong bảng.",
    s: "note",
  });
  // Within the columns repeated on every page band, so it prints whole under each band.
  b.merge(coverageNote, COL.stt, coverageNote, COL.name);
  writeSignature(b, appendix.form, headingCols, COL.name + 1);

  b.freeze = { rows: first, cols: COL.first };
  b.print = {
    lastCol,
    repeatRows: { first: h1, last: h2 },
    repeatCols: { first: COL.stt, last: COL.name },
    groupStarts: indicators.flatMap((ind) => {
      const at = [columnOf.get(detailKey(ind.code, sheet.columns[0].id))!];
      if (meanWeight(ind)) at.push(columnOf.get(weightColumnKey(ind.code, sheet.columns[0].id))!);
      return at;
    }),
  };
  b.protect = true;
  return {
    plan: b.build(),
    layout: { sheetName: name, totalRow, columnOf, firstRow: first, lastRow: last },
  };
}

/** Cells holding values with error findings: unit code → `flagKey(sheet, code, column)`. */
export type FlaggedCells = Map<string, Set<string>>;

export function flagKey(sheetId: string, code: string, columnId: string): string {
  return `${sheetId}|${code}|${columnId}`;
}

/**
 * The consolidated values that carry an error finding, to be marked in the per-unit tables: each
 * error naming an indicator and a column of a unit's sheet (found by the tab name the unit used).
 */
export function flaggedCells(
  findings: readonly Finding[],
  units: ConsolidatedUnit[],
): FlaggedCells {
  const out: FlaggedCells = new Map();
  const byCode = new Map(units.map((u) => [u.unit.code, u]));
  for (const f of findings) {
    if (f.severity !== "error" || !f.indicator || !f.sheet) continue;
    const u = byCode.get(f.unit);
    if (!u) continue;
    const anchors = Object.entries(u.report.anchors).find(([, a]) => a.sheet === f.sheet);
    if (!anchors) continue;
    const [sheetId, a] = anchors;
    const columns = f.column ? [f.column] : Object.keys(a.cols);
    const set = out.get(f.unit) ?? new Set<string>();
    for (const col of columns) set.add(flagKey(sheetId, f.indicator, col));
    out.set(f.unit, set);
  }
  return out;
}

/** Sorts keys by a preferred order, unknown keys last in code order. */
export function orderBy(preferred: string[]): (a: string, b: string) => number {
  const rank = new Map(preferred.map((k, i) => [k, i]));
  return (a, b) =>
    (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
}
