import fc from "fast-check";
import { columnName, decodeAddress, decodeRange, rangeText } from "./excelRef";

const colCache = require("exceljs/lib/utils/col-cache") as {
  n2l(n: number): string;
  decodeAddress(a: string): { row?: number; col?: number; address: string };
};

describe("excelRef", () => {
  it("names columns as ExcelJS does, over Excel's whole width", () => {
    for (let c = 1; c <= 16384; c++) expect(columnName(c)).toBe(colCache.n2l(c));
    expect(() => columnName(0)).toThrow(/out of bounds/);
    expect(() => columnName(16385)).toThrow(/out of bounds/);
  });

  it("decodes addresses as ExcelJS does, $ signs and odd input included", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\$?[A-Z]{1,2}\$?[0-9]{1,5}[^:]{0,2}$/), (address) => {
        const ours = decodeAddress(address);
        const theirs = colCache.decodeAddress(address);
        expect(ours.address).toBe(theirs.address);
        expect(ours.row).toBe(theirs.row ?? NaN);
        expect(ours.col).toBe(theirs.col ?? NaN);
      }),
    );
    expect(decodeAddress("$AB$12")).toEqual({ row: 12, col: 28, address: "AB12" });
  });

  it("normalises ranges and reads the sheet prefix", () => {
    expect(decodeRange("D7:B3")).toEqual({ top: 3, left: 2, bottom: 7, right: 4, isRange: true });
    expect(decodeRange("'Biểu 1'!$C$5")).toEqual({
      top: 5,
      left: 3,
      bottom: 5,
      right: 3,
      isRange: false,
      sheetName: "Biểu 1",
    });
    expect(rangeText(decodeRange("C5"))).toBe("C5:C5");
  });
});
