/**
 * The q-quantile of values already sorted ascending, interpolated between neighbours (Excel's
 * QUANTILE.INC / PERCENTILE.INC rule, so a clerk checking in Excel gets the same number).
 *
 * @example quantile(Float64Array.of(1, 2, 3, 4), 0.5) === 2.5
 * @example quantile(Float64Array.of(1, 2, 3, 4), 0.25) === 1.75
 */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
