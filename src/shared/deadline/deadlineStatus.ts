/**
 * Where a unit stands against a due date, in calendar days:
 * - submitted: "onTime", or "late" by the days after the last day on time;
 * - not submitted: "left" (days from asOf to the last day on time; 0 = today is the last day),
 *   or "overdue" by the days since the last day on time.
 *
 * "Trước ngày 05/5" (not inclusive) makes 04/5 the last day on time, so a report sent on 05/5 is
 * late by 1 day and on 07/5 by 3; with "đến hết ngày 05/5" (inclusive) 05/5 is on time and 07/5
 * is late by 2. The count is always "days past the last day on time", whatever the wording.
 */
export interface DeadlineStatus {
  kind: "onTime" | "late" | "left" | "overdue";
  days: number;
}

/**
 * The last day still on time for a due date.
 *
 * @example lastDayOnTime(44321, false) === 44320 // trước ngày 05/5/2021 → 04/5/2021
 */
export function lastDayOnTime(due: number, inclusive: boolean): number {
  return inclusive ? Math.floor(due) : Math.floor(due) - 1;
}

/** @example isOnTime(44320, 44321, false) === true // sent 04/5, due before 05/5 */
export function isOnTime(submitted: number, due: number, inclusive: boolean): boolean {
  return Math.floor(submitted) <= lastDayOnTime(due, inclusive);
}

/**
 * Calendar days from asOf to due (negative when past), like `due - asOf` in Excel; the due date
 * as written, whatever its wording (deadlineStatus counts to the last day on time instead).
 *
 * @example daysLeft(44321, 44306) === 15 // 20/4 → 05/5/2021
 */
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
