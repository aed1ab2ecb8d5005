import fc from "fast-check";
import type { Aggregation } from "../model";
import { formatAggregation, parseAggregation } from "./aggregation";

const code = fc
  .array(fc.stringMatching(/^[0-9A-Za-z]{1,3}$/), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join("."));

describe("formatAggregation / parseAggregation", () => {
  it("writes the Vietnamese words", () => {
    expect(formatAggregation("sum")).toBe("tổng");
    expect(formatAggregation("countYes")).toBe("đếm có");
    expect(formatAggregation({ ratio: { numerator: "3", denominator: "1" } })).toBe("tỷ lệ 3/1");
  });

  it("writes and reads a weighted mean with its weight's code", () => {
    expect(formatAggregation({ weightedMean: { weight: "1" } })).toBe("bình quân theo 1");
    expect(parseAggregation("Bình quân gia quyền theo 2.a")).toEqual({
      weightedMean: { weight: "2.a" },
    });
    expect(parseAggregation("weighted mean by 1")).toEqual({ weightedMean: { weight: "1" } });
    expect(parseAggregation("binh quan theo")).toBeUndefined();
  });

  it("reads back every simple aggregation", () => {
    for (const a of ["sum", "mean", "min", "max", "countYes", "none"] as const) {
      expect(parseAggregation(formatAggregation(a))).toBe(a);
    }
  });

  it("reads back any ratio", () => {
    fc.assert(
      fc.property(code, code, (numerator, denominator) => {
        const a: Aggregation = { ratio: { numerator, denominator } };
        expect(parseAggregation(formatAggregation(a))).toEqual(a);
      }),
    );
  });

  it("accepts spacing, no diacritics and English, keeping the codes' case", () => {
    expect(parseAggregation("Tỉ lệ 2.a / 1")).toEqual({
      ratio: { numerator: "2.a", denominator: "1" },
    });
    expect(parseAggregation("ty le 3/1")).toEqual({ ratio: { numerator: "3", denominator: "1" } });
    expect(parseAggregation("Ratio B/A")).toEqual({ ratio: { numerator: "B", denominator: "A" } });
    expect(parseAggregation("TRUNG BINH")).toBe("mean");
  });

  it("gives null for blank and undefined for anything else", () => {
    expect(parseAggregation("  ")).toBeNull();
    expect(parseAggregation("tỷ lệ 3")).toBeUndefined();
    expect(parseAggregation("tỷ lệ /1")).toBeUndefined();
    expect(parseAggregation("tỷ lệ 3/")).toBeUndefined();
    expect(parseAggregation("tổng 3/1")).toBeUndefined();
    expect(parseAggregation("tỷ lệ 3/1 2")).toBeUndefined();
    expect(parseAggregation("trung")).toBeUndefined();
  });
});
