import type { ExtraHoliday } from "../model";
import { checkedSerial, cumulative, extraSet } from "./workingDayIndex";

/**
 * Working days left until a due date, counted the way a deadline board reads:
 * - due ≥ asOf: the working days after asOf up to and including due (asOf itself is not counted:
 *   the day is already under way; 0 when due is asOf or only days off remain);
 * - due < asOf: minus the working days after due up to and including asOf (how many working days
 *   overdue).
 * Equivalently the difference of cumulative working-day counts, so it is additive:
 * workdaysLeft(c, a) = workdaysLeft(c, b) + workdaysLeft(b, a). O(1) after the first call per year.
 *
 * @example workdaysLeft(serialFromIso("2021-05-05"), serialFromIso("2021-04-28")) === 3 // 29/4, 4/5, 5/5
 */
export function workdaysLeft(due: number, asOf: number, extra?: readonly ExtraHoliday[]): number {
  const set = extraSet(extra);
  return cumulative(checkedSerial(due), set) - cumulative(checkedSerial(asOf), set);
}
