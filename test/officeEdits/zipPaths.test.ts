import * as XLSX from "@e965/xlsx";
import { unzipSync, zipSync } from "fflate";
import { DEFAULT_READ_LIMITS, checkWorkbookFile } from "../../src/io/readLimits";
import { readXlsxGrids } from "../../src/io/readXlsxGrids";
import { consolidateSet, findingsOf, unitSet } from "./officeSet";

/**
 * What some third-party tools write (Windows zip libraries, report exporters): every entry named
 * with backslashes ("xl\worksheets\sheet1.xml") and "[content_types].xml" in lower case. Excel
 * and SheetJS open such files.
 */
function asThirdPartyZip(bytes: Uint8Array): Uint8Array {
  const renamed: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    const lower = name === "[Content_Types].xml" ? "[content_types].xml" : name;
    renamed[lower.replace(/\//g, "\\")] = data;
  }
  return zipSync(renamed);
}

const ownGrids = (bytes: Uint8Array, name: string) =>
  readXlsxGrids(
    bytes,
    name,
    checkWorkbookFile(bytes, name, DEFAULT_READ_LIMITS),
    DEFAULT_READ_LIMITS.maxCells,
  );

describe("an .xlsx zipped with backslash paths and a lower-case [content_types].xml", () => {
  it("is read by our own reader exactly as the ordinary file, and SheetJS agrees it is a workbook", async () => {
    const [clean] = await unitSet();
    const odd = asThirdPartyZip(clean.bytes);
    expect(Object.keys(unzipSync(odd))).toContain("xl\\workbook.xml");
    const grids = ownGrids(odd, clean.name);
    expect(grids).toBeDefined();
    expect(grids).toEqual(ownGrids(clean.bytes, clean.name));
    const sheetJs = XLSX.read(odd, { type: "array" });
    expect(sheetJs.SheetNames).toEqual(grids!.map((g) => g.name));
  });

  it("gives the original set's totals, lists and findings", async () => {
    const original = consolidateSet(await unitSet());
    const odd = consolidateSet(await unitSet(asThirdPartyZip));
    expect(findingsOf(odd, ["error", "warning"])).toEqual([]);
    expect(odd.totals).toEqual(original.totals);
    expect(odd.lists).toEqual(original.lists);
    expect(odd.info).toEqual(original.info);
  });
});
