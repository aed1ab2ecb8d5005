import type { IndicatorSheet } from "../model";

/**
 * Wraps a function of an outline sheet so that it runs once per sheet: reading and consolidating
 * go through the same sheets for every unit. Held weakly, so another campaign's sheets do not
 * keep this one's results alive.
 *
 * @example const valueIndicatorsOf = memoBySheet((s) => s.indicators.filter((i) => !i.heading))
 */
export function memoBySheet<T>(fn: (sheet: IndicatorSheet) => T): (sheet: IndicatorSheet) => T {
  const memo = new WeakMap<IndicatorSheet, T>();
  return (sheet) => {
    let value = memo.get(sheet);
    if (value === undefined) memo.set(sheet, (value = fn(sheet)));
    return value;
  };
}
