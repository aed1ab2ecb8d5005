import { a1, a1Range, columnLetters } from "../a1/a1";
import type { Consolidation } from "../consolidate/consolidate";
import type { Campaign, IndicatorSheet, PlanCell, PlanSheet } from "../model";
import { ratioParts } from "../outline/indicators";
import { groupFormula, ratioFormula, totalFormula } from "./formulas";
import { SheetBuilder } from "./sheetBuilder";
import { valueStyleFor, type PlanStyleName } from "./styles";
import { TEMPLATE_ROWS } from "../template/templateLayout";

/** Leading columns of a detail sheet: STT, code, name, level, type, status. */
export const DETAIL_FIXED = [
  "STT",
  "Mã đơn vị",
  "Tên đơn vị",
  "Cấp",
  "Loại hình",
  "Tình trạng",
] as const;
const COL = { stt: 0, code: 1, name: 2, level: 3, type: 4, status: 5, first: DETAIL_FIXED.length };
const HEADER_ROWS = 2;

/** Where the totals of a detail sheet landed, for the summary sheets to reference. */
export interface DetailLayout {
  sheetName: string;
  /** Row of the "Tổng cộng" line, 0-based. */
  totalRow: number;
  /** Column of (indicator code, column id), 0-based. */
  columnOf: Map<string, number>;
}

export function detailKey(code: string, columnId: string): string {
  return `${code}\u0000${columnId}`;
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
): { plan: PlanSheet; layout: DetailLayout } {
  const name = detailSheetName(sheet);
  const b = new SheetBuilder(name);
  const indicators = sheet.indicators.filter((i) => !i.heading);
  const columnOf = new Map<string, number>();
  let col = COL.first;
  for (const ind of indicators)
    for (const vc of sheet.columns) columnOf.set(detailKey(ind.code, vc.id), col++);
  const lastCol = col - 1;

  b.titleRows(`Tổng hợp theo đơn vị — ${sheet.title}`, campaign.title, Math.min(lastCol, 12));

  const h1 = TEMPLATE_ROWS.header;
  const h2 = h1 + 1;
  DETAIL_FIXED.forEach((text, i) => {
    b.set(h1, i, { v: text, s: "header" });
    b.set(h2, i, { s: "header" });
    b.merge(h1, i, h2, i);
  });
  for (const ind of indicators) {
    const start = columnOf.get(detailKey(ind.code, sheet.columns[0].id))!;
    b.set(h1, start, {
      v: `${ind.code}. ${ind.label}${ind.unit ? ` (${ind.unit})` : ""}`,
      s: "header",
    });
    sheet.columns.forEach((vc, j) => {
      if (j > 0) b.set(h1, start + j, { s: "header" });
      b.set(h2, start + j, {
        v: sheet.columns.length > 1 ? vc.header : ind.unit || vc.header,
        s: "header",
      });
    });
    if (sheet.columns.length > 1) b.merge(h1, start, h1, start + sheet.columns.length - 1);
  }

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
      { v: u.unit.code, s: "text" },
      { v: u.unit.name, s: "text" },
      { v: u.unit.level, s: "text" },
      { v: u.unit.type, s: "text" },
      { v: status.text, s: status.style },
    ]);
    const values = c.perUnit[i][sheet.id];
    const reported = u.report.values[sheet.id];
    const row = String(r + 1);
    for (const { ind, columnId, k, col, style, ratio } of valueColumns) {
      const value = values[ind.code][k];
      if (ratio) {
        const f = ratioFormula(ratio.numerator + row, ratio.denominator + row);
        b.set(r, col, { f, v: value ?? "", s: "percent" });
      } else {
        const v = ind.type === "text" ? (reported?.[ind.code]?.[columnId]?.v ?? null) : value;
        b.set(r, col, { v, s: style } as PlanCell);
      }
    }
  });

  // Summary lines below the units: total, then by level, then by unit type.
  const summaries: Array<{
    label: string;
    tier: "total" | "subtotal";
    table: Consolidation["totals"];
    group?: { col: number; key: string };
  }> = [
    { label: "Tổng cộng", tier: "total", table: c.totals },
    ...Object.keys(c.byLevel)
      .sort(orderBy(campaign.levels.map((l) => l.code)))
      .map((k) => ({
        label: `Cộng ${levelName.get(k) ?? k}`,
        tier: "subtotal" as const,
        table: c.byLevel[k],
        group: { col: COL.level, key: k },
      })),
    ...Object.keys(c.byType)
      .sort(orderBy(campaign.unitTypes.map((t) => t.code)))
      .map((k) => ({
        label: `Cộng ${typeName.get(k) ?? k}`,
        tier: "subtotal" as const,
        table: c.byType[k],
        group: { col: COL.type, key: k },
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
        if (ratio) {
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
  });

  b.setWidth(COL.stt, 5);
  b.setWidth(COL.code, 10);
  b.setWidth(COL.name, 38);
  b.setWidth(COL.level, 7);
  b.setWidth(COL.type, 9);
  b.setWidth(COL.status, 16);
  for (let k = COL.first; k <= lastCol; k++) b.setWidth(k, 12);
  b.freeze = { rows: first, cols: COL.first };
  b.protect = true;
  return { plan: b.build(), layout: { sheetName: name, totalRow, columnOf } };
}

/** Sorts keys by a preferred order, unknown keys last in code order. */
export function orderBy(preferred: string[]): (a: string, b: string) => number {
  const rank = new Map(preferred.map((k, i) => [k, i]));
  return (a, b) =>
    (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
}
