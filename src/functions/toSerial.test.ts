import fc from "fast-check";
import { isoFromSerial, serialFromYmd } from "../shared/calendar/serial";
import { CALENDAR_DATES } from "./serialRange";
import { toSerial } from "./toSerial";
import { toWholeNumber } from "./toWholeNumber";
import { errorCodeOf } from "../../test/functions/customFunctionsStandIn";

const WHAT = { vi: "ngày", en: "date" };
const codeOf = errorCodeOf;

describe("toSerial", () => {
  it("takes serials (dropping the time) and dates typed the Vietnamese way", () => {
    expect(toSerial(44321, WHAT)).toBe(44321);
    expect(toSerial(44321.999, WHAT)).toBe(44321);
    expect(toSerial("05/5/2021", WHAT)).toBe(44321);
    expect(toSerial("5-5-21", WHAT)).toBe(44321);
    expect(toSerial("2021-05-05", WHAT)).toBe(44321);
    expect(toSerial("ngày 05 tháng 5 năm 2021", WHAT)).toBe(44321);
    expect(toSerial(" 44321 ", WHAT)).toBe(44321);
    expect(toSerial(1, WHAT)).toBe(1);
  });

  it("reads any date written dd/mm/yyyy back to its serial", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: serialFromYmd(9999, 12, 31) }), (serial) => {
        const [y, m, d] = isoFromSerial(serial).split("-");
        expect(toSerial(`${d}/${m}/${y}`, WHAT)).toBe(serial);
      }),
    );
  });

  it("gives #N/A for blanks, #VALUE! for non-dates, #NUM! out of range", () => {
    expect(codeOf(() => toSerial(null, WHAT))).toBe("#N/A");
    expect(codeOf(() => toSerial(undefined, WHAT))).toBe("#N/A");
    expect(codeOf(() => toSerial("  ", WHAT))).toBe("#N/A");
    expect(codeOf(() => toSerial(true, WHAT))).toBe("#VALUE!");
    expect(codeOf(() => toSerial("31/4/2021", WHAT))).toBe("#VALUE!");
    expect(codeOf(() => toSerial([[1]], WHAT))).toBe("#VALUE!");
    expect(codeOf(() => toSerial(NaN, WHAT))).toBe("#VALUE!");
    expect(codeOf(() => toSerial(0, WHAT))).toBe("#NUM!");
    expect(codeOf(() => toSerial(3e6, WHAT))).toBe("#NUM!");
    expect(codeOf(() => toSerial(60, WHAT, CALENDAR_DATES))).toBe("#NUM!");
    expect(toSerial(61, WHAT, CALENDAR_DATES)).toBe(61);
  });

  it("passes on an error value from a cell", () => {
    const fromCell = { code: "#DIV/0!" };
    expect(() => toSerial(fromCell, WHAT)).toThrow();
    try {
      toSerial(fromCell, WHAT);
    } catch (e) {
      expect(e).toBe(fromCell);
    }
  });
});

describe("toWholeNumber", () => {
  const DAYS = { vi: "số ngày", en: "days" };
  it("truncates toward zero like Excel's WORKDAY, blank = 0", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (n) => {
        expect(toWholeNumber(n, DAYS)).toBe(Math.trunc(n) + 0);
      }),
    );
    expect(toWholeNumber("", DAYS)).toBe(0);
    expect(toWholeNumber(null, DAYS)).toBe(0);
    expect(toWholeNumber(" -3.5 ", DAYS)).toBe(-3);
    expect(Object.is(toWholeNumber(-0.5, DAYS), 0)).toBe(true);
  });

  it("gives #VALUE! for TRUE/FALSE and words", () => {
    expect(codeOf(() => toWholeNumber(false, DAYS))).toBe("#VALUE!");
    expect(codeOf(() => toWholeNumber("ba", DAYS))).toBe("#VALUE!");
    expect(codeOf(() => toWholeNumber(Infinity, DAYS))).toBe("#VALUE!");
  });
});
