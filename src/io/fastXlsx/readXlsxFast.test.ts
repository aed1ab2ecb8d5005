import * as XLSX from "@e965/xlsx";
import { strToU8, unzipSync, zipSync } from "fflate";
import { sampleWorkbook } from "./partsOf.testutil";
import { readXlsxFast } from "./readXlsxFast";

const sample = () => new Map(Object.entries(unzipSync(sampleWorkbook())));
const isDateFormat = (z: string) => XLSX.SSF.is_date(z) === true;
/** The file these parts make, and the parts: what readWorkbook passes after its checks. */
const read = (parts: Map<string, Uint8Array>, count: (n: number) => void = () => {}) =>
  readXlsxFast(zipSync(Object.fromEntries(parts)), parts, { count, isDateFormat });

describe("readXlsxFast", () => {
  it("reads a unit workbook, counting each sheet's kept cells as sheetToGrid does", () => {
    const counts: number[] = [];
    const grids = read(sample(), (n) => counts.push(n));
    expect(grids?.map((g) => g.name)[0]).toBe("Thông tin đơn vị");
    expect(grids?.at(-1)?.state).toBe("veryHidden");
    expect(counts).toEqual(grids?.map((g) => g.rows.reduce((n, row) => n + row.length + 1, 0)));
  });

  it("lets the count stop the read", () => {
    expect(() =>
      read(sample(), () => {
        throw new Error("too many");
      }),
    ).toThrow("too many");
  });

  it("declines without counting anything: other zips, missing or ambiguous parts", () => {
    const count = jest.fn();
    const withOds = sample().set("META-INF/manifest.xml", strToU8("<manifest/>"));
    const missingSheet = sample();
    missingSheet.delete("xl/worksheets/sheet3.xml");
    const twoCases = sample().set("XL/Workbook.xml", strToU8("<workbook/>"));
    const bomStyles = sample().set("xl/styles.xml", new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]));
    for (const parts of [withOds, missingSheet, twoCases, bomStyles])
      expect(read(parts, count)).toBeUndefined();
    // Entries of one name collapse in the parts: the file then has more entries than parts.
    const bytes = zipSync(Object.fromEntries(sample()));
    expect(readXlsxFast(bytes, missingSheet, { count, isDateFormat })).toBeUndefined();
    expect(count).not.toHaveBeenCalled();
  });

  it("declines sheets with comments, which SheetJS turns into cells", () => {
    const parts = sample().set(
      "xl/worksheets/_rels/sheet2.xml.rels",
      strToU8(
        '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/></Relationships>',
      ),
    );
    expect(read(parts)).toBeUndefined();
    expect(read(sample())).toBeDefined();
  });
});
