import fc from "fast-check";
import { cellsOf } from "./cellsOf";
import { isBlank } from "./isBlank";

describe("cellsOf", () => {
  it("keeps ranges, wraps single values and rows, and gives nothing for omitted arguments", () => {
    expect(
      cellsOf([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(cellsOf(5)).toEqual([[5]]);
    expect(cellsOf("")).toEqual([[""]]);
    expect(cellsOf([1, 2])).toEqual([[1, 2]]);
    expect(cellsOf(null)).toEqual([]);
    expect(cellsOf(undefined)).toEqual([]);
  });

  it("never loses or invents a cell", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.integer(), fc.string(), fc.boolean()))), (rows) => {
        expect(cellsOf(rows).flat()).toEqual(rows.flat());
      }),
    );
  });
});

describe("isBlank", () => {
  it("is true for what Excel passes for empty cells and omitted arguments only", () => {
    expect([null, undefined, "", " \t"].every(isBlank)).toBe(true);
    expect([0, false, "0", "x", [], NaN].some(isBlank)).toBe(false);
  });
});
