/**
 * Where a unit stands against a due date:
 * - submitted: "onTime", or "late" by the number of days after the last day on time;
 * - not submitted: "left" (days until the last day on time, 0 = today is the last day) or
 *   "overdue" by the days since it.
 * "Trước ngày 05/5" (not inclusive) makes 04/5 the last day on time: sent on 05/5 is 1 day late.
 */
export interface DeadlineStatus {
  kind: "onTime" | "late" | "left" | "overdue";
  days: number;
}

/** The last day still on time for a due date. */
export function lastDayOnTime(due: number, inclusive: boolean): number {
  return inclusive ? due : due - 1;
}

/** @example isOnTime(44320, 44321, false) === true // sent 04/5, due before 05/5 */
export function isOnTime(submitted: number, due: number, inclusive: boolean): boolean {
  return Math.floor(submitted) <= lastDayOnTime(due, inclusive);
}

/** Calendar days from asOf to due (negative when past), like `due - asOf` in Excel. */
export function daysLeft(due: number, asOf: number): number {
  return Math.floor(due) - Math.floor(asOf);
}

/** @example deadlineStatus(undefined, 44321, false, 44322) → { kind: "overdue", days: 2 } */
export function deadlineStatus(
  submitted: number | undefined,
  due: number,
  inclusive: boolean,
  asOf: number,
): DeadlineStatus {
  const last = lastDayOnTime(due, inclusive);
  if (submitted !== undefined) {
    const s = Math.floor(submitted);
    return s <= last ? { kind: "onTime", days: 0 } : { kind: "late", days: s - last };
  }
  const today = Math.floor(asOf);
  return today <= last
    ? { kind: "left", days: last - today }
    : { kind: "overdue", days: today - last };
}
