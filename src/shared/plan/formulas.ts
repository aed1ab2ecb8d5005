import type { Aggregation } from "../model";

/**
 * Excel formula text (without "=") for the aggregates of the consolidated appendix. Every formula
 * yields "" when no unit filled the range, matching the engine's null.
 */
export function totalFormula(agg: Exclude<Aggregation, object>, range: string): string | undefined {
  const fn = { sum: 9, countYes: 9, mean: 1, min: 5, max: 4 } as const;
  if (agg === "none") return undefined;
  return `IF(COUNT(${range})=0,"",SUBTOTAL(${fn[agg]},${range}))`;
}

/** Subtotal over the rows whose key column equals `key` (a level or unit type code). */
export function groupFormula(
  agg: Exclude<Aggregation, object>,
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
