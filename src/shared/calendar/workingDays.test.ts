import fc from "fast-check";
import type { ExtraHoliday } from "../model";
import { addWorkdays } from "./addWorkdays";
import { holidaysOfYear } from "./holidaysOfYear";
import { isWorkingDay } from "./isWorkingDay";
import { networkDays } from "./networkDays";
import { isoFromSerial, serialFromIso, serialFromYmd, weekdayOfSerial } from "./serial";
import { workedSaturdays } from "./daySwaps";
import { workdaysLeft } from "./workdaysLeft";

const d = serialFromIso;
const FROM = serialFromYmd(2016, 1, 1);
const TO = serialFromYmd(2030, 12, 31);

/**
 * Day-by-day reference, built only from holidaysOfYear and the swaps: a day is worked when it is
 * a Saturday worked, or a weekday that is no holiday.
 */
function naiveWorking(s: number, extra: readonly ExtraHoliday[] = []): boolean {
  const year = Number(isoFromSerial(s).slice(0, 4));
  if (holidaysOfYear(year, extra).some((h) => h.serial === s)) return false;
  if (workedSaturdays(year).some((w) => w.serial === s)) return true;
  const w = weekdayOfSerial(s);
  return w !== 0 && w !== 6;
}
function naiveCount(a: number, b: number, extra: readonly ExtraHoliday[] = []): number {
  let n = 0;
  for (let s = Math.min(a, b); s <= Math.max(a, b); s++) if (naiveWorking(s, extra)) n++;
  return a <= b ? n : 0 - n;
}

const day = fc.integer({ min: FROM, max: TO });
const extras = fc.array(
  fc.record({ date: day.map(isoFromSerial), name: fc.constantFrom("Nghỉ cơ quan", "Họp") }),
  { maxLength: 4 },
);

describe("working days against a day-by-day reference", () => {
  it("isWorkingDay and networkDays agree with it on random days and ranges 2016–2030", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), extras, (a, len, extra) => {
        const b = Math.min(TO, Math.max(FROM, a + len));
        expect(isWorkingDay(a, extra)).toBe(naiveWorking(a, extra));
        expect(networkDays(a, b, extra)).toBe(naiveCount(a, b, extra));
      }),
      { numRuns: 300 },
    );
  });

  it("workdaysLeft counts the working days after asOf up to due, negative when overdue", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -200, max: 200 }), extras, (asOf, len, extra) => {
        const due = asOf + len;
        const expected =
          due === asOf
            ? 0
            : due > asOf
              ? naiveCount(asOf + 1, due, extra)
              : 0 - naiveCount(due + 1, asOf, extra);
        expect(workdaysLeft(due, asOf, extra)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("addWorkdays lands on the n-th working day, start excluded, like WORKDAY", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -300, max: 300 }), extras, (start, n, extra) => {
        const end = addWorkdays(start, n, extra);
        if (n === 0) return expect(end).toBe(start);
        expect(naiveWorking(end, extra)).toBe(true);
        // Exactly |n| working days strictly between start and end, end included.
        const counted =
          n > 0 ? naiveCount(start + 1, end, extra) : naiveCount(end, start - 1, extra);
        expect(counted).toBe(Math.abs(n));
      }),
      { numRuns: 300 },
    );
  });
});

describe("properties", () => {
  it("networkDays back from addWorkdays gives n + 1 from a working day (n + start's own count)", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 500 }), (start, n) => {
        const end = addWorkdays(start, n);
        expect(networkDays(start, end)).toBe(n + (isWorkingDay(start) ? 1 : 0));
        const back = addWorkdays(start, -n);
        expect(networkDays(back, start)).toBe(n + (isWorkingDay(start) ? 1 : 0));
        expect(networkDays(start, back)).toBe(0 - networkDays(back, start));
        expect(Object.is(networkDays(start, start - 1), -0)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("a holiday is never a working day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2199 }), extras, (year, extra) => {
        for (const h of holidaysOfYear(year, extra))
          expect(isWorkingDay(h.serial, extra)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("workdaysLeft is additive and antisymmetric", () => {
    fc.assert(
      fc.property(day, day, day, (a, b, c) => {
        expect(workdaysLeft(c, a)).toBe(workdaysLeft(c, b) + workdaysLeft(b, a));
        expect(workdaysLeft(a, b) + workdaysLeft(b, a)).toBe(0);
      }),
    );
  });
});

describe("working days around the campaign's deadlines", () => {
  it("count across the 30/4–1/5 break of 2021", () => {
    expect(networkDays(d("2021-04-26"), d("2021-05-07"))).toBe(8);
    expect(networkDays(d("2021-05-07"), d("2021-04-26"))).toBe(-8);
    expect(addWorkdays(d("2021-04-29"), 1)).toBe(d("2021-05-04"));
    expect(addWorkdays(d("2021-05-04"), -1)).toBe(d("2021-04-29"));
    expect(addWorkdays(d("2021-05-01"), 0)).toBe(d("2021-05-01")); // a day off, kept as Excel does
    expect(addWorkdays(d("2021-04-29"), 1.9)).toBe(d("2021-05-04")); // fractions truncated
    // "Trước ngày 05/5/2021" seen on 28/4: 29/4, 4/5 and 5/5 are working days.
    expect(workdaysLeft(d("2021-05-05"), d("2021-04-28"))).toBe(3);
    expect(workdaysLeft(d("2021-05-05"), d("2021-05-05"))).toBe(0);
    // Seen on Monday 10/5, the due date 05/5 is 3 working days behind (6, 7 and 10/5).
    expect(workdaysLeft(d("2021-05-05"), d("2021-05-10"))).toBe(-3);
  });

  it("refuse days outside 01/03/1900–31/12/2199", () => {
    expect(() => isWorkingDay(60)).toThrow(RangeError);
    expect(() => networkDays(d("2021-01-01"), serialFromYmd(2200, 1, 1))).toThrow(RangeError);
    expect(() => workdaysLeft(Number.NaN, d("2021-01-01"))).toThrow(RangeError);
    expect(() => addWorkdays(serialFromYmd(2199, 12, 30), 10)).toThrow(RangeError);
    expect(() => addWorkdays(62, -10)).toThrow(RangeError);
    expect(isWorkingDay(61)).toBe(true); // Thursday 1900-03-01
    expect(networkDays(61, 61)).toBe(1);
  });
});
