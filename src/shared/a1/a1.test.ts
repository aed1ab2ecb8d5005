import fc from "fast-check";
import {
  a1,
  a1Range,
  columnIndex,
  columnLetters,
  parseA1,
  parseA1Range,
  quoteSheetName,
} from "./a1";

describe("A1 addresses", () => {
  it("names columns like Excel", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(701)).toBe("ZZ");
    expect(columnLetters(702)).toBe("AAA");
    expect(columnLetters(16383)).toBe("XFD");
  });
  it("reads column letters back, in either case", () => {
    expect(columnIndex("A")).toBe(0);
    expect(columnIndex("ab")).toBe(27);
    expect(columnIndex("XFD")).toBe(16383);
    fc.assert(
      fc.property(fc.nat(16_383), (col) => expect(columnIndex(columnLetters(col))).toBe(col)),
    );
  });
  it("round-trips every address", () => {
    fc.assert(
      fc.property(fc.nat(1_048_575), fc.nat(16_383), (row, col) => {
        expect(parseA1(a1(row, col))).toEqual({ row, col });
      }),
    );
  });
  it("parses absolute references and ranges, rejects junk", () => {
    expect(parseA1("$C$5")).toEqual({ row: 4, col: 2 });
    expect(parseA1("5C")).toBeUndefined();
    expect(parseA1Range("D7:B3")).toEqual({ row1: 2, col1: 1, row2: 6, col2: 3 });
    expect(a1Range(0, 0, 1, 1)).toBe("A1:B2");
  });
  it("quotes sheet names that need it", () => {
    expect(quoteSheetName("B1")).toBe("'B1'");
    expect(quoteSheetName("Biểu 1")).toBe("'Biểu 1'");
    expect(quoteSheetName("O'Neil")).toBe("'O''Neil'");
  });
});
