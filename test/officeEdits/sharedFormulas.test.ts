import { readXlsxGrids } from "../../src/io/readXlsxGrids";
import { checkWorkbookFile, DEFAULT_READ_LIMITS } from "../../src/io/readLimits";
import { XlsxParts } from "../corpus/xlsxParts";
import { sharedFormulaSheet } from "../io/sharedFormulaSheet";
import { addSheet, consolidateSet, findingsOf, unitSet } from "./officeSet";

/**
 * A unit keeps its own working sheet in the workbook it sends: a lookup table of 3,000 rows
 * whose formulas (VLOOKUP, SUMIFS, structured references) are filled across the year columns,
 * 3,000 shared-formula groups. Reading it once took seconds per file (a search for an attribute
 * of each formula ran to the end of the sheet); the figures are in the README.
 */
const withWorkingSheet = (bytes: Uint8Array): Uint8Array => {
  const x = XlsxParts.of(bytes);
  addSheet(x, "Tính toán", sharedFormulaSheet(3000));
  return x.bytes();
};

describe("a workbook with thousands of shared formulas", () => {
  it("is read by our own reader and gives the original set's totals", async () => {
    const original = consolidateSet(await unitSet());
    const files = await unitSet(withWorkingSheet);
    const [first] = files;
    const grids = readXlsxGrids(
      first.bytes,
      first.name,
      checkWorkbookFile(first.bytes, first.name, DEFAULT_READ_LIMITS),
      DEFAULT_READ_LIMITS.maxCells,
    );
    expect(grids?.map((g) => g.name)).toContain("Tính toán");
    const worked = consolidateSet(files);
    expect(findingsOf(worked, ["error", "warning"])).toEqual([]);
    expect(worked.totals).toEqual(original.totals);
    expect(worked.lists).toEqual(original.lists);
  });
});
