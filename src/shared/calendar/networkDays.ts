import type { ExtraHoliday } from "../model";
import { checkedSerial, cumulative, extraSet } from "./workingDayIndex";

/**
 * Working days from start to end, both included, like Excel's NETWORKDAYS; negative (the same
 * count) when end is before start.
 *
 * @example networkDays(serialFromIso("2021-04-26"), serialFromIso("2021-05-07")) === 8 // 30/4 and 3/5 off
 */
export function networkDays(start: number, end: number, extra?: readonly ExtraHoliday[]): number {
  const a = checkedSerial(start);
  const b = checkedSerial(end);
  const set = extraSet(extra);
  // Written as differences so that an empty backwards range gives 0, not -0.
  return a <= b
    ? cumulative(b, set) - cumulative(a - 1, set)
    : cumulative(b - 1, set) - cumulative(a, set);
}
