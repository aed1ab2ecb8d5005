import fc from "fast-check";
import { holidaysOfYear, isWorkedSaturday } from "./holidays";
import { serialFromIso, weekdayOfSerial, ymdFromSerial } from "./serial";
import { addWorkdays, isWorkingDay, networkDays, workdaysLeft } from "./workingDays";

/** The naive day-by-day reference the fast index must agree with. */
function naiveWorking(s: number): boolean {
  const w = weekdayOfSerial(s);
  if (holidaysOfYear(ymdFromSerial(s).y).some((h) => h.serial === s)) return false;
  return (w !== 0 && w !== 6) || isWorkedSaturday(s);
}
function naiveNetworkDays(a: number, b: number): number {
  let n = 0;
  for (let s = Math.min(a, b); s <= Math.max(a, b); s++) if (naiveWorking(s)) n++;
  return b >= a ? n : -n;
}

const day = fc.integer({ min: serialFromIso("2015-01-01"), max: serialFromIso("2030-12-31") });

describe("working days", () => {
  it("match the day-by-day reference", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), (a, len) => {
        expect(networkDays(a, a + len)).toBe(naiveNetworkDays(a, a + len));
      }),
      { numRuns: 300 },
    );
  });
  it("adding n working days then counting back gives n", () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -300, max: 300 }).filter((n) => n !== 0),
        (start, n) => {
          const end = addWorkdays(start, n);
          expect(isWorkingDay(end)).toBe(true);
          // start excluded, end included (or the mirror for negative n)
          expect(n > 0 ? networkDays(start + 1, end) : -networkDays(end, start - 1)).toBe(n);
        },
      ),
      { numRuns: 300 },
    );
  });
  it("a holiday is never a working day", () => {
    for (let y = 2016; y <= 2030; y++) {
      for (const h of holidaysOfYear(y))
        expect([h.date, isWorkingDay(h.serial)]).toEqual([h.date, false]);
    }
  });
  it("counts working days left to a deadline", () => {
    const due = serialFromIso("2021-05-05");
    expect(workdaysLeft(due, serialFromIso("2021-04-28"))).toBe(3);
    expect(workdaysLeft(due, serialFromIso("2021-05-05"))).toBe(0);
    expect(workdaysLeft(due, serialFromIso("2021-05-07"))).toBe(-2);
    expect(addWorkdays(serialFromIso("2021-04-29"), 1)).toBe(serialFromIso("2021-05-04"));
    expect(addWorkdays(serialFromIso("2021-05-04"), -1)).toBe(serialFromIso("2021-04-29"));
    expect(addWorkdays(serialFromIso("2021-05-01"), 0)).toBe(serialFromIso("2021-05-01"));
  });
});
