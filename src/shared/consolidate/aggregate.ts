import type { ReportValue, SimpleAggregation } from "../model";

/** A value as a number for aggregation: yes/no counts as 1/0, text and empty as nothing. */
export function numericValue(v: ReportValue | undefined): number | null {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return null;
}

/**
 * Combines the units' values of one cell by the indicator's aggregation. Empty list → null.
 * Ratios are not handled here: they are recomputed from aggregated parts (`ratioOf`).
 *
 * @example aggregateValues([1, 2, 3], "sum") === 6
 * @example aggregateValues([1, 0, 1], "countYes") === 2
 */
export function aggregateValues(values: number[], aggregation: SimpleAggregation): number | null {
  if (aggregation === "none" || values.length === 0) return null;
  switch (aggregation) {
    case "sum":
    case "countYes":
      return sumOf(values);
    case "mean":
      return sumOf(values) / values.length;
    case "min":
      return Math.min(...values);
    case "max":
      return Math.max(...values);
  }
}

/** Neumaier-compensated sum: the total of many decimals does not depend on their order. */
export function sumOf(values: number[]): number {
  let sum = 0;
  let c = 0;
  for (const v of values) {
    const t = sum + v;
    c += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + c;
}

/**
 * A ratio from its summed parts, empty when the denominator is empty or zero — the same rule as
 * the template's formula `IF(N(den)=0,"",num/den)`.
 *
 * @example ratioOf(45, 50) === 0.9
 */
export function ratioOf(num: number | null, den: number | null): number | null {
  if (den === null || den === 0) return null;
  return (num ?? 0) / den;
}

/**
 * A weighted mean Σ(value × weight) / Σ weight over the positions holding both a value and a
 * weight, with the Σ weight behind it; the mean is null when that weight is zero. It is the
 * figure the appendix's formula `SUMPRODUCT(values, weights) / SUMIFS(weights, values, "<>")`
 * gives, so the cached value and Excel agree.
 *
 * @example weightedMeanOf([10, 20, null], [1, 3, 5]) // { mean: 17.5, weight: 4 }
 */
export function weightedMeanOf(
  values: Array<number | null>,
  weights: Array<number | null>,
): { mean: number | null; weight: number } {
  const products: number[] = [];
  const used: number[] = [];
  values.forEach((v, i) => {
    const w = weights[i];
    if (v === null || w === null || w === undefined) return;
    products.push(v * w);
    used.push(w);
  });
  const weight = sumOf(used);
  return { mean: weight === 0 ? null : sumOf(products) / weight, weight };
}
