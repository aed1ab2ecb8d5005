import { unzipSync } from "fflate";
import { writePlanWithExcelJs as writePlan } from "./writeWithExcelJs.testutil";
import type { WorkbookPlan } from "../../shared/model";
import { writeXlsx, xlsxEntries } from ".";

const plan = (text: string): WorkbookPlan => ({
  sheets: [
    {
      name: "S",
      state: "visible",
      blocks: [{ row: 0, col: 0, cells: [[{ v: text }, { v: 42 }]] }],
      merges: [],
      columnWidths: [],
      validations: [],
      protect: false,
    },
  ],
  styles: {},
  names: [],
  properties: { title: "t", creator: "c", created: "2021-01-01T00:00:00Z" },
});

describe("writeXlsx", () => {
  it("gives the parts in archive order, [Content_Types].xml first", () => {
    expect(Object.keys(xlsxEntries(plan("x")))).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "docProps/app.xml",
      "docProps/core.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/sharedStrings.xml",
      "xl/styles.xml",
      "xl/theme/theme1.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ]);
  });

  it("zips the parts unchanged, the same bytes on every run", () => {
    const bytes = writeXlsx(plan("Số liệu"));
    const entries = unzipSync(bytes);
    const parts = xlsxEntries(plan("Số liệu"));
    for (const name of Object.keys(parts)) expect(entries[name]).toEqual(parts[name]);
    expect(writeXlsx(plan("Số liệu"))).toEqual(bytes);
  });

  /**
   * The one known difference: ExcelJS hands each part to JSZip as a string, which encodes it in
   * blocks of 16,384 UTF-16 units, so a character outside the BMP (an emoji) straddling a block
   * boundary comes out as two U+FFFD. We keep the character.
   */
  it("keeps an emoji that ExcelJS would break at a 16K-character block boundary", async () => {
    const head =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>';
    const text = `${"x".repeat(16384 - head.length - 1)}😀 ok`;
    const decoder = new TextDecoder();
    const ours = decoder.decode(xlsxEntries(plan(text))["xl/sharedStrings.xml"]);
    const theirs = decoder.decode(unzipSync(await writePlan(plan(text)))["xl/sharedStrings.xml"]);
    expect(ours.slice(16383, 16385)).toBe("😀");
    expect(theirs.slice(16383, 16385)).toBe("\uFFFD\uFFFD");
    expect(ours.replace("😀", "\uFFFD\uFFFD")).toBe(theirs);
  });
});
