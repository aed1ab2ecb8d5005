import { quantile } from "./quantile";

/** Modified z-score above which a value is far out (Iglewicz and Hoaglin's 3.5). */
export const OUTLIER_Z = 3.5;
/**
 * The smallest spread used, on the log scale: with it the fence is never below ten times the
 * group's typical value, so a group whose values are all alike (all zero violations, say) does
 * not flag a unit with a few.
 */
export const MIN_LOG_SPREAD = Math.log(10) / OUTLIER_Z;

/** What a group of comparable values looks like, in the values' own units. */
export interface RobustFence {
  count: number;
  median: number;
  /** First and third quartiles: half of the units lie between them. */
  q1: number;
  q3: number;
  /** Values above this are far out. */
  upper: number;
}

/**
 * The upper fence of a group of non-negative values: median + 3.5 robust standard deviations
 * (1.4826 × the median absolute deviation, or the interquartile range / 1.349 when wider),
 * worked out on log(1 + x) because counts of units of
 * different sizes spread by factors, not by amounts. Only the upper side is fenced: a unit with
 * few or none of something is common, a number typed with two zeros too many is the mistake.
 *
 * @example robustFence([10, 12, 9, 11, 14, 10]).upper // ≈ 120: ten times the typical 10–12
 * @example robustFence([0, 0, 0, 0, 0]).upper === 9 // 10 × (1 + 0) − 1
 */
export function robustFence(values: readonly number[]): RobustFence {
  const sorted = Float64Array.from(values).sort();
  const logs = new Float64Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) logs[i] = Math.log1p(sorted[i]);
  const centre = quantile(logs, 0.5);
  const deviations = new Float64Array(logs.length);
  for (let i = 0; i < logs.length; i++) deviations[i] = Math.abs(logs[i] - centre);
  deviations.sort();
  // The MAD is zero when over half the units share one value (most report no violations); the
  // quartiles then still tell how far the others spread.
  const spread = Math.max(
    1.4826 * quantile(deviations, 0.5),
    (quantile(logs, 0.75) - quantile(logs, 0.25)) / 1.349,
    MIN_LOG_SPREAD,
  );
  return {
    count: sorted.length,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    upper: Math.expm1(centre + OUTLIER_Z * spread),
  };
}
