import type { Campaign, IndicatorSheet, SourcedValue, Unit, UnitReport } from "../model";
import {
  applicableUnitType,
  indicatorApplies,
  indicatorSheets,
  meanWeight,
  ratioParts,
} from "../outline/indicators";
import { memoBySheet } from "../outline/memoBySheet";
import { aggregateValues, numericValue, ratioOf, weightedMeanOf } from "./aggregate";
import { weightKey } from "./weightKey";
import { describe, type Description } from "./describe";

/** One unit of the consolidated tables. */
export interface ConsolidatedUnit {
  unit: Unit;
  report: UnitReport;
  errors: number;
  warnings: number;
}

/** cells[sheetId][code][columnId] = number | null */
export type CellTable = Record<string, Record<string, Record<string, number | null>>>;

/**
 * One unit's cells: cells[sheetId][code][k] = the value of the sheet's k-th column. Rows are
 * arrays, not keyed by column id, because ids such as "2016" are array indices to V8, which then
 * keeps every such row as a slow dictionary: 1,000 units' rows took a quarter longer to build and
 * read.
 */
export type UnitCells = Record<string, Record<string, Array<number | null>>>;

export interface StatisticRow {
  sheet: string;
  code: string;
  column: string;
  description: Description;
}

export interface Consolidation {
  /** Units in the tables, in registry order (so input order never changes the output). */
  units: ConsolidatedUnit[];
  /** Per-unit numeric values, ratios recomputed from the unit's own parts: perUnit[i] ↔ units[i]. */
  perUnit: UnitCells[];
  /**
   * Per-unit weights of the weighted means: weights[i][sheetId][code][k] is the weight unit i's
   * value of weighted-mean indicator `code` counts with (null when it has no value to weigh).
   */
  weights: UnitCells[];
  /** Σ weight behind each weighted-mean total, by `weightKey(sheet, code, column)`. */
  weightTotals: Record<string, number>;
  /** Totals over all units. */
  totals: CellTable;
  /** Subtotals by level code and by unit type code. */
  byLevel: Record<string, CellTable>;
  byType: Record<string, CellTable>;
  /** List tables concatenated, each row with the unit it came from. */
  lists: Record<string, Array<{ unit: Unit; row: Record<string, SourcedValue> }>>;
  statistics: StatisticRow[];
}

/**
 * Consolidates validated unit reports: per-unit values, totals and subtotals by the indicators'
 * aggregation, ratios recomputed from summed parts (never averaged), lists concatenated, and
 * statistics per indicator and column.
 *
 * @example
 * const c = consolidate(campaign, [{ unit, report, errors: 0, warnings: 1 }, …]);
 * c.totals.B1["1"].SL; // sum of every unit's B1 indicator 1
 */
export function consolidate(campaign: Campaign, included: ConsolidatedUnit[]): Consolidation {
  const order = new Map(campaign.units.map((u, i) => [u.code, i]));
  const units = [...included].sort(
    (a, b) =>
      (order.get(a.unit.code) ?? Infinity) - (order.get(b.unit.code) ?? Infinity) ||
      (a.unit.code < b.unit.code ? -1 : a.unit.code > b.unit.code ? 1 : 0),
  );
  const sheets = indicatorSheets(campaign.outline);
  const perUnit = units.map((u) => unitTable(sheets, u));
  const weights = units.map((u, i) => unitWeights(sheets, u, perUnit[i]));
  const columns = cellColumns(sheets, perUnit);
  const weightColumns = cellColumns(sheets, weights, weightedOf);
  const aggregateTable = (indices?: number[]) =>
    aggregateCells(sheets, columns, weightColumns, indices);
  const groupBy = (key: (u: Unit) => string) => {
    const groups: Record<string, number[]> = {};
    units.forEach((u, i) => (groups[key(u.unit)] ??= []).push(i));
    return Object.fromEntries(Object.entries(groups).map(([k, idx]) => [k, aggregateTable(idx)]));
  };
  const lists: Consolidation["lists"] = {};
  for (const sheet of campaign.outline.sheets) {
    if (sheet.kind !== "list") continue;
    lists[sheet.id] = units.flatMap((u) =>
      (u.report.lists[sheet.id] ?? []).map((row) => ({ unit: u.unit, row })),
    );
  }
  const statistics: StatisticRow[] = [];
  for (const sheet of sheets) {
    for (const ind of sheet.indicators) {
      if (
        ind.heading ||
        ind.type === "text" ||
        ind.type === "choice" ||
        ind.type === "date" ||
        ind.aggregation === "none"
      )
        continue;
      for (const col of sheet.columns) {
        statistics.push({
          sheet: sheet.id,
          code: ind.code,
          column: col.id,
          description: describe(columns[sheet.id][ind.code][col.id]),
        });
      }
    }
  }
  const weightTotals: Record<string, number> = {};
  for (const sheet of sheets)
    for (const ind of weightedOf(sheet))
      for (const col of sheet.columns) {
        const w = weightColumns[sheet.id][ind.code][col.id];
        const v = columns[sheet.id][ind.code][col.id];
        const total = weightedMeanOf(v, w).weight;
        if (total > 0) weightTotals[weightKey(sheet.id, ind.code, col.id)] = total;
      }
  return {
    units,
    perUnit,
    weights,
    weightTotals,
    totals: aggregateTable(),
    byLevel: groupBy((u) => u.level),
    byType: groupBy((u) => u.type),
    lists,
    statistics,
  };
}

function unitTable(sheets: IndicatorSheet[], u: ConsolidatedUnit): UnitCells {
  const table: UnitCells = {};
  const unitType = applicableUnitType(u.report, u.unit.type);
  for (const sheet of sheets) {
    const values = u.report.values[sheet.id] ?? {};
    const t: UnitCells[string] = (table[sheet.id] = {});
    const columns = sheet.columns;
    for (const ind of valueIndicatorsOf(sheet)) {
      const row = new Array<number | null>(columns.length).fill(null);
      t[ind.code] = row;
      if (!indicatorApplies(ind, unitType)) continue;
      const own = values[ind.code];
      if (own)
        for (let k = 0; k < columns.length; k++) row[k] = numericValue(own[columns[k].id]?.v);
    }
    fillRatios(sheet, t);
  }
  return table;
}

/**
 * The weight each of the unit's weighted-mean values counts with: the weight a consolidated
 * appendix gave its own mean (kept in its meta sheet, since its weight indicator also counts units
 * the mean does not apply to), else the unit's value of the weight indicator. Null where the unit
 * has no value to weigh, so a weight never counts without its value.
 */
function unitWeights(sheets: IndicatorSheet[], u: ConsolidatedUnit, own: UnitCells): UnitCells {
  const table: UnitCells = {};
  const kept = u.report.meta.weights;
  for (const sheet of sheets) {
    const t: UnitCells[string] = (table[sheet.id] = {});
    for (const ind of weightedOf(sheet)) {
      const weight = own[sheet.id][meanWeight(ind)!];
      t[ind.code] = sheet.columns.map((col, k) => {
        if (own[sheet.id][ind.code][k] === null) return null;
        const w = kept?.[weightKey(sheet.id, ind.code, col.id)] ?? weight?.[k] ?? null;
        return w;
      });
    }
  }
  return table;
}

/** Ratio cells from their parts in the same table (a unit's own, or a total's). */
function fillRatios(sheet: IndicatorSheet, t: UnitCells[string]): void {
  for (const { code, numerator, denominator } of ratiosOf(sheet)) {
    const row = t[code];
    const num = t[numerator];
    const den = t[denominator];
    for (let k = 0; k < sheet.columns.length; k++)
      row[k] = ratioOf(num?.[k] ?? null, den?.[k] ?? null);
  }
}

/**
 * The sheet's indicators that hold values, and its ratios, worked out once per sheet: consolidation
 * goes through them for every unit.
 */
const valueIndicatorsOf = memoBySheet((sheet) => sheet.indicators.filter((i) => !i.heading));
const ratiosOf = memoBySheet((sheet) =>
  sheet.indicators.flatMap((ind) => {
    const ratio = ratioParts(ind);
    return ratio ? [{ code: ind.code, ...ratio }] : [];
  }),
);

const weightedOf = memoBySheet((sheet) => sheet.indicators.filter((i) => meanWeight(i)));

/** Every unit's value of each cell, side by side: gathered once, then aggregated per group. */
type CellColumns = Record<string, Record<string, Record<string, Array<number | null>>>>;

function cellColumns(
  sheets: IndicatorSheet[],
  perUnit: UnitCells[],
  indicatorsOf = valueIndicatorsOf,
): CellColumns {
  const columns: CellColumns = {};
  // The columns in table order, filled unit by unit: each unit's table is looked into once.
  const slots: Array<Array<number | null>> = [];
  for (const sheet of sheets) {
    const byCode: Record<string, Record<string, Array<number | null>>> = (columns[sheet.id] = {});
    for (const ind of indicatorsOf(sheet)) {
      const byCol: Record<string, Array<number | null>> = (byCode[ind.code] = {});
      for (const col of sheet.columns) slots.push((byCol[col.id] = new Array(perUnit.length)));
    }
  }
  perUnit.forEach((table, i) => {
    let k = 0;
    for (const sheet of sheets) {
      const t = table[sheet.id];
      for (const ind of indicatorsOf(sheet)) {
        const row = t[ind.code];
        for (let j = 0; j < row.length; j++) slots[k++][i] = row[j];
      }
    }
  });
  return columns;
}

/** Aggregates the units at `indices` (all units when omitted), in table order. */
function aggregateCells(
  sheets: IndicatorSheet[],
  columns: CellColumns,
  weightColumns: CellColumns,
  indices?: number[],
): CellTable {
  const table: CellTable = {};
  const pick = <T>(column: T[]): T[] => (indices ? indices.map((i) => column[i]) : column);
  for (const sheet of sheets) {
    const rows: UnitCells[string] = {};
    for (const ind of valueIndicatorsOf(sheet)) {
      const agg = ind.aggregation;
      rows[ind.code] = sheet.columns.map((col) => {
        const column = columns[sheet.id][ind.code][col.id];
        if (meanWeight(ind))
          return weightedMeanOf(pick(column), pick(weightColumns[sheet.id][ind.code][col.id])).mean;
        if (typeof agg === "object") return null;
        const values: number[] = [];
        for (const v of pick(column)) if (v !== null) values.push(v);
        return aggregateValues(values, agg);
      });
    }
    fillRatios(sheet, rows);
    const t: CellTable[string] = (table[sheet.id] = {});
    for (const ind of valueIndicatorsOf(sheet)) {
      const row: Record<string, number | null> = (t[ind.code] = {});
      sheet.columns.forEach((col, k) => (row[col.id] = rows[ind.code][k]));
    }
  }
  return table;
}
