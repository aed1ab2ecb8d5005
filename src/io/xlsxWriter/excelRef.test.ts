import fc from "fast-check";
import { columnIndex } from "../../shared/a1/a1";
import { columnName, decodeAddress, decodeRange, rangeText } from "./excelRef";

const colCache = require("exceljs/lib/utils/col-cache") as {
  n2l(n: number): string;
  decodeAddress(a: string): { row?: number; col?: number; address: string };
};

describe("excelRef", () => {
  it("names columns over a worksheet's whole width (ExcelJS, the oracle, agrees)", () => {
    for (let c = 1; c <= 16384; c++) expect(columnName(c)).toBe(colCache.n2l(c));
    expect(() => columnName(0)).toThrow("Column 0 is out of bounds");
    expect(() => columnName(16385)).toThrow("Column 16385 is out of bounds");
  });

  it("decodes cell references, $ signs included, as ExcelJS does for them", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\$?[A-Z]{1,3}\$?[1-9][0-9]{0,5}$/), (address) => {
        if (columnIndex(address.replace(/[$\d]/g, "")) >= 16384) {
          expect(() => decodeAddress(address)).toThrow("not a cell");
          return;
        }
        const theirs = colCache.decodeAddress(address);
        expect(decodeAddress(address)).toEqual({
          row: theirs.row,
          col: theirs.col,
          address: theirs.address,
        });
      }),
    );
    expect(decodeAddress("$AB$12")).toEqual({ row: 12, col: 28, address: "AB12" });
    expect(decodeAddress("xfd1048576")).toEqual({
      row: 1048576,
      col: 16384,
      address: "XFD1048576",
    });
  });

  it("refuses what is not a cell of a worksheet, naming it (ExcelJS returned NaN or a wrong cell)", () => {
    for (const bad of ["", "A", "12", "A1B", "A1 x", "XFE1", "A1048577", "A0x"])
      expect(() => decodeAddress(bad)).toThrow(`"${bad}" is not a cell of a worksheet`);
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
