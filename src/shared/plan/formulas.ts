import type { SimpleAggregation } from "../model";

/**
 * Excel formula text (without "=") for the aggregates of the consolidated appendix. Every formula
 * yields "" when no unit filled the range, matching the engine's null.
 */
export function totalFormula(agg: SimpleAggregation, range: string): string | undefined {
  const fn = { sum: 9, countYes: 9, mean: 1, min: 5, max: 4 } as const;
  if (agg === "none") return undefined;
  return `IF(COUNT(${range})=0,"",SUBTOTAL(${fn[agg]},${range}))`;
}

/** Subtotal over the rows whose key column equals `key` (a level or unit type code). */
export function groupFormula(
  agg: SimpleAggregation,
  range: string,
  keyRange: string,
  key: string,
): string | undefined {
  const k = `"${key.replace(/"/g, '""')}"`;
  const count = `COUNTIFS(${keyRange},${k},${range},"<>")`;
  const body = {
    sum: `SUMIFS(${range},${keyRange},${k})`,
    countYes: `SUMIFS(${range},${keyRange},${k})`,
    mean: `AVERAGEIFS(${range},${keyRange},${k})`,
    min: `MINIFS(${range},${keyRange},${k})`,
    max: `MAXIFS(${range},${keyRange},${k})`,
  } as const;
  if (agg === "none") return undefined;
  return `IF(${count}=0,"",${body[agg]})`;
}

/** A ratio from two cells, empty when the denominator is empty or zero (as `ratioOf`). */
export function ratioFormula(numerator: string, denominator: string): string {
  return `IF(N(${denominator})=0,"",${numerator}/${denominator})`;
}

/**
 * A weighted mean Σ(value × weight) / Σ weight over the units that gave a value, empty when that
 * weight is zero (as `weightedMeanOf`); with `group`, over the rows whose key column equals the key.
 *
 * @example weightedMeanFormula("H5:H9", "M5:M9") === 'IF(SUMIFS(M5:M9,H5:H9,"<>")=0,"",SUMPRODUCT(H5:H9*M5:M9)/SUMIFS(M5:M9,H5:H9,"<>"))'
 */
export function weightedMeanFormula(
  range: string,
  weightRange: string,
  group?: { keyRange: string; key: string },
): string {
  const k = group && `"${group.key.replace(/"/g, '""')}"`;
  const weight = `SUMIFS(${weightRange},${range},"<>"${group ? `,${group.keyRange},${k}` : ""})`;
  const products = group
    ? `SUMPRODUCT((${group.keyRange}=${k})*${range}*${weightRange})`
    : `SUMPRODUCT(${range}*${weightRange})`;
  return `IF(${weight}=0,"",${products}/${weight})`;
}
