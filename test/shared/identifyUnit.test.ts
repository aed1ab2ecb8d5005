import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../../src/io";
import type { Grid, SourceWorkbook } from "../../src/shared/model";
import { identifyUnit } from "../../src/shared/read/identifyUnit";
import { readUnitReport } from "../../src/shared/read/readUnitReport";
import { corpusCampaigns } from "../corpus/campaigns";
import { CORPUS_DIR } from "../corpus/paths";
import { sampleWorkbooks } from "../../src/taskpane/preview/sampleWorkbooks";

const campaign = corpusCampaigns.embedded;

/** Every corpus file that reads at all (the unreadable ones never reach identification). */
function corpusBooks(): SourceWorkbook[] {
  const books: SourceWorkbook[] = [];
  for (const name of readdirSync(CORPUS_DIR)) {
    if (!/\.(xlsx|xls|ods|csv)$/.test(name)) continue;
    try {
      books.push(readWorkbook(new Uint8Array(readFileSync(join(CORPUS_DIR, name))), name));
    } catch {
      // unreadable on purpose (encrypted, corrupt, zip bombs…)
    }
  }
  return books;
}

const grid = (name: string, rows: Grid["rows"]): Grid => ({
  name,
  rows,
  merges: [],
  formulas: {},
  state: "visible",
});

describe("identifyUnit", () => {
  it("names the same unit as reading the whole report, for every corpus and sample workbook", () => {
    const books = [...corpusBooks(), ...sampleWorkbooks(campaign)];
    expect(books.length).toBeGreaterThan(30);
    const identified = books.map((b) => [b.fileName, identifyUnit(b, campaign)]);
    const read = books.map((b) => [b.fileName, readUnitReport(b, campaign).report.unitCode]);
    expect(identified).toEqual(read);
    // The corpus covers every way a unit is found, and files where none is.
    const codes = identified.map(([, code]) => code);
    expect(codes).toContain("CBCS01");
    expect(codes).toContain("ZZ99"); // a code not in the registry is still the file's
    expect(codes).toContain(undefined);
  });

  it("falls back to the file name when the workbook is of another outline or has no sheet of it", () => {
    const stranger = { fileName: "PL_cbcs07.xlsx", sheets: [grid("Sheet1", [["Bảng lương"]])] };
    expect(identifyUnit(stranger, campaign)).toBe("CBCS07");
    expect(identifyUnit(stranger, campaign)).toBe(
      readUnitReport(stranger, campaign).report.unitCode,
    );
    const nameless = { ...stranger, fileName: "bao-cao.xlsx" };
    expect(identifyUnit(nameless, campaign)).toBeUndefined();
  });
});
