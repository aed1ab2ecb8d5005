import fc from "fast-check";
import { describe as describeValues } from "./describe";

describe("describe", () => {
  it("gives count, sum, mean, median, min and max with the first holder", () => {
    expect(describeValues([3, null, 1, 2, 1])).toEqual({
      count: 4,
      sum: 7,
      mean: 1.75,
      median: 1.5,
      min: 1,
      minAt: 2,
      max: 3,
      maxAt: 0,
    });
  });
  it("is empty when nobody reported", () => {
    expect(describeValues([null, null]).count).toBe(0);
    expect(describeValues([]).median).toBeNull();
  });
  it("keeps min ≤ median ≤ max and min ≤ mean ≤ max", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 40 }),
        (xs) => {
          const d = describeValues(xs);
          expect(d.min!).toBeLessThanOrEqual(d.median!);
          expect(d.median!).toBeLessThanOrEqual(d.max!);
          expect(d.min! - 1e-9).toBeLessThanOrEqual(d.mean!);
          expect(d.mean!).toBeLessThanOrEqual(d.max! + 1e-9);
          expect(xs[d.minAt!]).toBe(d.min);
          expect(xs.indexOf(d.max!)).toBe(d.maxAt);
        },
      ),
    );
  });
});
