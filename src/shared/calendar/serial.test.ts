import fc from "fast-check";
import {
  dmyFromSerial,
  isWeekendSerial,
  isoFromSerial,
  serialFromIso,
  serialFromUtcMs,
  serialFromYmd,
  weekdayOfSerial,
  ymdFromSerial,
} from "./serial";

describe("Excel serials", () => {
  it("match Excel around the 1900 leap-year quirk", () => {
    expect(serialFromYmd(1900, 1, 1)).toBe(1);
    expect(serialFromYmd(1900, 2, 28)).toBe(59);
    expect(serialFromYmd(1900, 3, 1)).toBe(61);
    expect(isoFromSerial(59)).toBe("1900-02-28");
    expect(isoFromSerial(61)).toBe("1900-03-01");
    expect(isoFromSerial(1)).toBe("1900-01-01");
    // Serial 60 is the fictitious 1900-02-29 Excel shows; the days either side are real.
    expect(serialFromYmd(1900, 2, 29)).toBe(60);
    expect(isoFromSerial(60)).toBe("1900-02-29");
    expect(dmyFromSerial(60)).toBe("29/02/1900");
    expect(serialFromIso("1900-03-01") - serialFromIso("1900-02-28")).toBe(2);
  });
  it("count an instant's day and its time of day", () => {
    expect(serialFromUtcMs(Date.UTC(2021, 4, 5))).toBe(44321);
    expect(serialFromUtcMs(Date.UTC(2021, 4, 5, 18))).toBe(44321.75);
    expect(serialFromUtcMs(Date.UTC(1900, 1, 28, 12))).toBe(59.5);
    expect(serialFromUtcMs(Date.UTC(1900, 2, 1))).toBe(61);
  });
  it("match known dates", () => {
    expect(serialFromIso("2021-05-05")).toBe(44321);
    expect(serialFromIso("2026-11-25")).toBe(46351);
    expect(serialFromIso("1999-12-31")).toBe(36525);
    expect(dmyFromSerial(44321)).toBe("05/05/2021");
    expect(weekdayOfSerial(serialFromIso("2021-05-30"))).toBe(0); // a Sunday
    expect(weekdayOfSerial(serialFromIso("2026-11-25"))).toBe(3); // a Wednesday
  });
  it("give each serial the weekday of the date it shows (Sunday = 0)", () => {
    const weekdayOfDate = (s: number) => {
      const { y, m, d } = ymdFromSerial(s);
      return new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 1900-02-29 is taken as 03-01
    };
    for (let s = -400; s <= 73415; s++) expect(weekdayOfSerial(s)).toBe(weekdayOfDate(s));
    expect(weekdayOfSerial(44346.75)).toBe(0); // the time of day does not move the day
    expect(weekdayOfSerial(1)).toBe(1); // 1900-01-01 was a Monday (Excel's WEEKDAY says Sunday)
    expect(weekdayOfSerial(61)).toBe(4); // Thursday 1900-03-01
    expect([44343, 44344, 44345, 44346, 44347].map(isWeekendSerial)).toEqual([
      false, // Thursday 27/05/2021
      false,
      true,
      true,
      false, // Monday 31/05/2021
    ]);
  });
  it("round-trip every day from 1900-03-01 to 2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 73415 }), (s) => {
        const { y, m, d } = ymdFromSerial(s);
        expect(serialFromYmd(y, m, d)).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });
});
