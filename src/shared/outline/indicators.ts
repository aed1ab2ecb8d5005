import type { Indicator, IndicatorSheet, Outline, UnitReport } from "../model";

/**
 * Whether an indicator applies to a unit type (absent `appliesTo` = all types).
 *
 * @example indicatorApplies({ appliesTo: ["DN"] } as Indicator, "CQ") === false
 */
export function indicatorApplies(
  ind: Pick<Indicator, "appliesTo">,
  unitType: string | undefined,
): boolean {
  return !ind.appliesTo || unitType === undefined || ind.appliesTo.includes(unitType);
}

/** Numerator and denominator codes of a ratio indicator, else undefined. */
export function ratioParts(
  ind: Pick<Indicator, "aggregation">,
): { numerator: string; denominator: string } | undefined {
  const agg = ind.aggregation;
  return typeof agg === "object" && "ratio" in agg ? agg.ratio : undefined;
}

/**
 * The weight indicator's code of a weighted mean, else undefined.
 *
 * @example meanWeight({ aggregation: { weightedMean: { weight: "1" } } }) === "1"
 */
export function meanWeight(ind: Pick<Indicator, "aggregation">): string | undefined {
  const agg = ind.aggregation;
  return typeof agg === "object" && "weightedMean" in agg ? agg.weightedMean.weight : undefined;
}

/**
 * Whether the consolidated figure of an indicator is a rate or an average, which must never be
 * added up across rows or units (statistics show the recomputed figure instead of a sum).
 *
 * @example isRateOrAverage({ aggregation: "mean", type: "integer" }) === true
 * @example isRateOrAverage({ aggregation: "sum", type: "percent" }) === true
 */
export function isRateOrAverage(ind: Pick<Indicator, "aggregation" | "type">): boolean {
  return (
    typeof ind.aggregation === "object" || ind.aggregation === "mean" || ind.type === "percent"
  );
}

/** Indicators that hold values (not headings). */
export function valueIndicators(sheet: IndicatorSheet): Indicator[] {
  return sheet.indicators.filter((i) => !i.heading);
}

/**
 * Direct children of an indicator by code: `2.1` and `2.2` are children of `2`, `2.1.a` is not.
 *
 * @example childrenOf(sheet, "2").map((i) => i.code) // ["2.1", "2.2"]
 */
export function childrenOf(sheet: IndicatorSheet, code: string): Indicator[] {
  const prefix = code + ".";
  return sheet.indicators.filter(
    (i) => !i.heading && i.code.startsWith(prefix) && !i.code.slice(prefix.length).includes("."),
  );
}

/** Indicator sheets of an outline. */
export function indicatorSheets(outline: Outline): IndicatorSheet[] {
  return outline.sheets.filter((s): s is IndicatorSheet => s.kind === "indicators");
}

/**
 * The unit type that decides which indicators apply to a report: none for a consolidated
 * appendix read as a submission (a roll-up gathers units of every type), else the unit's own.
 */
export function applicableUnitType(
  report: Pick<UnitReport, "meta">,
  unitType: string | undefined,
): string | undefined {
  return report.meta.kind === "consolidated" ? undefined : unitType || undefined;
}
