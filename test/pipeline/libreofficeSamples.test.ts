import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../../src/io";
import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import { readUnitReport } from "../../src/shared/read/readUnitReport";
import { generateSampleUnits } from "../../src/shared/samples/generateSampleUnits";

const DIR = join(__dirname, "..", "..", "samples", "libreoffice");
const files = readdirSync(DIR).sort();
const samples = new Map(generateSampleUnits(embeddedCampaign).map((s) => [s.unit.code, s]));

describe("sample units saved by LibreOffice", () => {
  it("are committed as .xls, .ods and .xlsx", () => {
    expect(files.map((f) => f.split(".").pop())).toEqual(
      expect.arrayContaining(["xls", "ods", "xlsx"]),
    );
  });

  it.each(files)("%s reads back as the values it was made from", (file) => {
    const code = file.split("_")[0];
    const sample = samples.get(code)!;
    const { report, findings } = readUnitReport(
      readWorkbook(new Uint8Array(readFileSync(join(DIR, file))), file),
      embeddedCampaign,
    );
    expect(report.unitCode).toBe(code);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    let compared = 0;
    for (const [sheet, rows] of Object.entries(sample.filled.values)) {
      for (const [ind, cols] of Object.entries(rows)) {
        for (const [col, v] of Object.entries(cols)) {
          if (typeof v !== "number") continue;
          expect([sheet, ind, col, report.values[sheet][ind][col]?.v]).toEqual([
            sheet,
            ind,
            col,
            v,
          ]);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
    expect(report.submittedAt).toBe(sample.filled.info.submittedAt);
  });
});
