import type { ExtraHoliday } from "../model";
import { checkedSerial, cumulative, extraSet, FIRST_SERIAL, LAST_SERIAL } from "./workingDayIndex";

/**
 * The working day n working days after start (before it when n < 0), start itself not counted,
 * like Excel's WORKDAY; n = 0 gives start unchanged (even on a day off, as Excel does).
 * Fractions of n are truncated, as Excel does.
 *
 * @example addWorkdays(serialFromIso("2021-04-29"), 1) === serialFromIso("2021-05-04")
 */
export function addWorkdays(start: number, n: number, extra?: readonly ExtraHoliday[]): number {
  const s = checkedSerial(start);
  if (!Number.isFinite(n)) throw new RangeError(`Số ngày không hợp lệ: ${n}`);
  const steps = Math.trunc(n);
  if (steps === 0) return s;
  const set = extraSet(extra);
  const W = (x: number) => cumulative(x, set);
  // The answer is the first day whose cumulative count reaches the target: for n > 0 the n-th
  // working day after start; for n < 0 the |n|-th working day counted back from start − 1.
  const target = steps > 0 ? W(s) + steps : W(s - 1) + steps + 1;
  let lo: number;
  let hi: number;
  if (steps > 0) {
    lo = s + 1;
    hi = Math.min(LAST_SERIAL, s + 2 * steps + 30);
    while (W(hi) < target) {
      if (hi === LAST_SERIAL) throw new RangeError("Kết quả vượt quá phạm vi lịch làm việc");
      hi = Math.min(LAST_SERIAL, s + 2 * (hi - s));
    }
  } else {
    hi = s - 1;
    lo = Math.max(FIRST_SERIAL, s + 2 * steps - 30);
    while (W(lo - 1) >= target) {
      if (lo === FIRST_SERIAL) throw new RangeError("Kết quả vượt quá phạm vi lịch làm việc");
      lo = Math.max(FIRST_SERIAL, s - 2 * (s - lo));
    }
  }
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (W(mid) >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
