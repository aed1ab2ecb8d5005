import * as XLSX from "@e965/xlsx";
import { unzipSync } from "fflate";
import { cellErrorCode, errorNumberOfText } from "./cellErrorCode";

describe("cellErrorCode", () => {
  it("gives Excel's text for the BIFF numbers SheetJS keeps, #VALUE! otherwise", () => {
    expect(cellErrorCode(0x17)).toBe("#REF!");
    expect(cellErrorCode(0x2a)).toBe("#N/A");
    expect(cellErrorCode(0xff)).toBe("#VALUE!");
    expect(cellErrorCode(undefined)).toBe("#VALUE!");
  });

  it("maps the text of an .xlsx error cell to the number SheetJS reads from it", () => {
    for (const biff of [0x00, 0x07, 0x0f, 0x17, 0x1d, 0x24, 0x2a]) {
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, { A1: { t: "e", v: biff }, "!ref": "A1" }, "S");
      const bytes = XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer;
      const xml = new TextDecoder().decode(
        unzipSync(new Uint8Array(bytes))["xl/worksheets/sheet1.xml"],
      );
      const text = /<v>([^<]*)<\/v>/.exec(xml)![1];
      const read = XLSX.read(bytes, { type: "array", cellText: false }).Sheets.S.A1;
      expect(errorNumberOfText(text)).toBe(read.v);
      expect(cellErrorCode(errorNumberOfText(text))).toBe(text);
    }
    expect(cellErrorCode(errorNumberOfText("#SPILL!"))).toBe("#VALUE!");
    expect(errorNumberOfText(undefined)).toBeUndefined();
  });
});
