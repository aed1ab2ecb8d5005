import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCsv } from "../../src/io/parseCsv";
import { readWorkbook } from "../../src/io/readWorkbook";
import { writePlan } from "../../src/io/writePlan";
import type { WorkbookPlan } from "../../src/shared/model";
import { SAMPLE_PLAN } from "../fixtures/io/samplePlan";
import {
  asSavedByLibreOffice,
  convertWithLibreOffice,
  expectedGrids,
  findSoffice,
} from "./helpers";

const soffice = findSoffice();
if (!soffice && process.env.CI)
  throw new Error("LibreOffice (soffice) is required in CI for the io tests");
if (!soffice) console.warn("⚠ soffice not found: LibreOffice conversion tests are SKIPPED");
const maybe = soffice ? describe : describe.skip;

/** Comma-separated, double quotes, UTF-8 (76), from line 1, raw values (not "as shown"). */
const CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false";

const csvRows = (bytes: Uint8Array) => parseCsv(new TextDecoder().decode(bytes), ",");
/** LibreOffice still writes percent-formatted numbers with a "%" in CSV. */
const numberOf = (text: string) =>
  text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);

/** Converts our writer's output with LibreOffice now, so a change in writePlan is checked too. */
maybe("LibreOffice opens what writePlan writes", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "phuluc-io-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const save = async (plan: WorkbookPlan, name: string) => {
    const path = join(dir, name);
    writeFileSync(path, await writePlan(plan));
    return path;
  };

  it("converts to .ods and .xlsx that read back as the same grids", async () => {
    const input = await save(SAMPLE_PLAN, "sample.xlsx");
    const expected = asSavedByLibreOffice(expectedGrids(SAMPLE_PLAN));
    for (const format of ["ods", "xlsx"]) {
      const bytes = convertWithLibreOffice(soffice!, input, format);
      expect(readWorkbook(bytes, `sample.${format}`).sheets).toEqual(expected);
    }
  });

  it("computes our formulas when told to recalculate: a stale cached SUM gives way to the true sum", async () => {
    const plan: WorkbookPlan = {
      ...SAMPLE_PLAN,
      sheets: [
        {
          name: "Tính",
          state: "visible",
          protect: false,
          columnWidths: [],
          merges: [],
          validations: [],
          blocks: [
            {
              row: 0,
              col: 0,
              cells: [
                [
                  { v: 1200 },
                  { v: 34.5 },
                  { v: -4 },
                  { f: "SUM(A1:C1)", v: 0 },
                  { f: 'IF(D1>1000,"Lớn","Nhỏ")', v: "?" },
                ],
              ],
            },
          ],
        },
      ],
      names: [],
    };
    const input = await save(plan, "stale.xlsx");
    const rows = csvRows(convertWithLibreOffice(soffice!, input, CSV, { recalculate: true }));
    expect(rows).toEqual([["1200", "34.5", "-4", "1230.5", "Lớn"]]);
  });

  it("computes the sample's formulas to the values the plan caches", async () => {
    const input = await save(SAMPLE_PLAN, "sample-sum.xlsx");
    const rows = csvRows(convertWithLibreOffice(soffice!, input, CSV, { recalculate: true }));
    const cached = SAMPLE_PLAN.sheets[0].blocks[1].cells;
    expect(Number(rows[5][2])).toBe(cached[4][2].v); // SUM(C4:C5)
    expect(numberOf(rows[5][3])).toBeCloseTo(cached[4][3].v as number, 12); // AVERAGE(D4:D5)
    expect(rows[6][3]).toBe(cached[5][3].v); // IF(…, "Đạt", …)
  });
});
