import { serialFromIso } from "../src/shared/calendar/serial";
import { isWorkedSaturday } from "../src/shared/calendar/daySwaps";
import { holidaysOfYear } from "../src/shared/calendar/holidaysOfYear";
import { weekdayOfSerial, ymdFromSerial } from "../src/shared/calendar/serial";
import { status, workdaysLeft } from "../src/functions/functions";

export interface FunctionsFigures {
  evaluations: number;
  workdaysLeftMs: number;
  statusMs: number;
  naiveWorkdaysLeftMs: number;
  ratioToNaive: number;
}

/** Day-by-day reference: what a plain loop over the calendar would cost. */
function naiveWorkdaysLeft(due: number, asOf: number): number {
  const off = (s: number) => holidaysOfYear(ymdFromSerial(s).y).some((h) => h.serial === s);
  const working = (s: number) => {
    const w = weekdayOfSerial(s);
    return !off(s) && ((w !== 0 && w !== 6) || isWorkedSaturday(s));
  };
  let n = 0;
  if (due >= asOf) for (let s = asOf + 1; s <= due; s++) n += working(s) ? 1 : 0;
  else for (let s = due + 1; s <= asOf; s++) n -= working(s) ? 1 : 0;
  return n;
}

/**
 * 100,000 evaluations of the real WORKDAYSLEFT and STATUS custom functions over random dates of
 * 2016–2030 (the first call for a year builds its index: included, as a user's first recalculation
 * would pay it), and the naive reference on a sample, scaled.
 */
export function benchFunctions(evaluations = 100_000): FunctionsFigures {
  const lo = serialFromIso("2016-01-01");
  const hi = serialFromIso("2030-12-31");
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const cases = Array.from({ length: evaluations }, () => [
    lo + Math.floor(rnd() * (hi - lo)),
    lo + Math.floor(rnd() * (hi - lo)),
  ]);
  let t = performance.now();
  let sink = 0;
  for (const [due, asOf] of cases) sink += workdaysLeft(due, asOf);
  const workdaysLeftMs = performance.now() - t;
  t = performance.now();
  for (const [submitted, due] of cases) sink += status(submitted, due).length;
  const statusMs = performance.now() - t;
  const sample = cases.slice(0, 200);
  t = performance.now();
  for (const [due, asOf] of sample) sink += naiveWorkdaysLeft(due, asOf);
  const naiveWorkdaysLeftMs = ((performance.now() - t) / sample.length) * evaluations;
  if (sink === 0.5) console.log(sink); // keep the loops from being optimised away
  return {
    evaluations,
    workdaysLeftMs: Math.round(workdaysLeftMs),
    statusMs: Math.round(statusMs),
    naiveWorkdaysLeftMs: Math.round(naiveWorkdaysLeftMs),
    ratioToNaive: Math.round(naiveWorkdaysLeftMs / workdaysLeftMs),
  };
}
