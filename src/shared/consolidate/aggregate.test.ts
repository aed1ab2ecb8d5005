import fc from "fast-check";
import { aggregateValues, numericValue, ratioOf, sumOf } from "./aggregate";

describe("aggregateValues", () => {
  it("combines by the indicator's aggregation", () => {
    expect(aggregateValues([1, 2, 3], "sum")).toBe(6);
    expect(aggregateValues([1, 0, 1], "countYes")).toBe(2);
    expect(aggregateValues([2, 4], "mean")).toBe(3);
    expect(aggregateValues([5, -1, 3], "min")).toBe(-1);
    expect(aggregateValues([5, -1, 3], "max")).toBe(5);
    expect(aggregateValues([5], "none")).toBeNull();
    expect(aggregateValues([], "sum")).toBeNull();
  });
  it("sums decimals independently of their order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 50 }),
        (xs) => {
          const reversed = [...xs].reverse();
          expect(Math.abs(sumOf(xs) - sumOf(reversed))).toBeLessThanOrEqual(1e-6);
        },
      ),
    );
    expect(sumOf([0.1, 0.2, 0.3])).toBeCloseTo(0.6, 15);
  });
});

describe("ratioOf", () => {
  it("divides summed parts and is empty for a zero or empty denominator", () => {
    expect(ratioOf(45, 50)).toBe(0.9);
    expect(ratioOf(null, 50)).toBe(0);
    expect(ratioOf(3, 0)).toBeNull();
    expect(ratioOf(3, null)).toBeNull();
  });
});

describe("numericValue", () => {
  it("counts yes/no as 1/0 and ignores text", () => {
    expect(numericValue(true)).toBe(1);
    expect(numericValue(false)).toBe(0);
    expect(numericValue("12")).toBeNull();
    expect(numericValue(null)).toBeNull();
    expect(numericValue(7.5)).toBe(7.5);
  });
});
