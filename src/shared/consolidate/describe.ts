import { sumOf } from "./aggregate";

export interface Description {
  count: number;
  sum: number | null;
  mean: number | null;
  median: number | null;
  min: number | null;
  /** Index (in input order) of the first value equal to the minimum. */
  minAt: number | null;
  max: number | null;
  maxAt: number | null;
}

/**
 * Summary statistics of the units' values of one cell, nulls skipped. Ties for min/max go to the
 * first unit in table order, as Excel's MATCH(…, 0) does in the statistics sheet.
 *
 * @example describe([3, null, 1, 2]) → { count: 3, sum: 6, mean: 2, median: 2, min: 1, minAt: 2, max: 3, maxAt: 0 }
 */
export function describe(values: Array<number | null>): Description {
  const present: number[] = [];
  let min: number | null = null;
  let max: number | null = null;
  let minAt: number | null = null;
  let maxAt: number | null = null;
  values.forEach((v, i) => {
    if (v === null) return;
    present.push(v);
    if (min === null || v < min) {
      min = v;
      minAt = i;
    }
    if (max === null || v > max) {
      max = v;
      maxAt = i;
    }
  });
  if (present.length === 0) {
    return {
      count: 0,
      sum: null,
      mean: null,
      median: null,
      min: null,
      minAt: null,
      max: null,
      maxAt: null,
    };
  }
  const sum = sumOf(present);
  // A typed array sorts numbers natively: ≈ 5× a comparator, for some 300 cells × 1,000 units.
  const sorted = Float64Array.from(present).sort();
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { count: present.length, sum, mean: sum / present.length, median, min, minAt, max, maxAt };
}
