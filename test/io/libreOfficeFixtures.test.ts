import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../../src/io/readWorkbook";
import type { Grid } from "../../src/shared/model";
import { HA_NOI_NFD, SAMPLE_PLAN } from "../fixtures/io/samplePlan";
import { asSavedByLibreOffice, expectedGrids, FIXTURES } from "./helpers";

const read = (name: string) =>
  readWorkbook(new Uint8Array(readFileSync(join(FIXTURES, name))), name);

/** Files made by make-fixtures.sh: SAMPLE_PLAN written by us, then opened and saved by LibreOffice. */
describe("reading workbooks saved by LibreOffice", () => {
  const expected = asSavedByLibreOffice(expectedGrids(SAMPLE_PLAN));

  it.each(["libreoffice.ods", "libreoffice.xlsx"])("%s gives the plan's grids", (name) => {
    expect(read(name).sheets).toEqual(expected);
  });

  it("libreoffice.xls gives the plan's grids, but for a text formula result LibreOffice cached as 0", () => {
    const sheets = read("libreoffice.xls").sheets;
    // LibreOffice 7.4 writes the cached result of IF(…,"Đạt",…) into .xls as the number 0 (no
    // STRING record); Excel recalculates it on opening. Everything else matches.
    expect(sheets[0].rows[6][3]).toBe(0);
    const patched: Grid[] = structuredClone(sheets);
    patched[0].rows[6][3] = "Đạt";
    expect(patched).toEqual(expected);
  });

  it("keeps NFD text, dates and formula texts through every format", () => {
    for (const name of ["libreoffice.ods", "libreoffice.xlsx", "libreoffice.xls"]) {
      const [b1, ds] = read(name).sheets;
      expect(b1.rows[1][0]).toBe(HA_NOI_NFD);
      expect(b1.rows[4][4]).toEqual({ kind: "date", serial: 46328 });
      expect(b1.formulas?.C6).toBe("SUM(C4:C5)");
      expect(ds.formulas?.C4).toBe("'Biểu 1'!C6*2");
    }
  });

  it("reads LibreOffice's ';'-separated UTF-8 CSV with Vietnamese text", () => {
    const wb = read("libreoffice-semicolon.csv");
    expect(wb.sheets).toHaveLength(1);
    const [sheet] = wb.sheets;
    expect(sheet.name).toBe("libreoffice-semicolon");
    expect(sheet.rows[0]).toEqual(["Biểu 1: Kết quả thực hiện năm 2026"]);
    expect(sheet.rows[1]).toEqual([HA_NOI_NFD, "=1+1", "+84 912 345 678", "-", "@tên"]);
    // Plain numbers become numbers; formatted ones stay text for the reader to interpret.
    expect(sheet.rows[3]).toEqual([1, "Số hội nghị đã tổ chức", 12, "95.5%", "15/03/2023"]);
    expect(sheet.rows[4][0]).toBe("1.1");
    expect(sheet.rows[5][2]).toBe(352);
  });
});
