import { embeddedCampaign } from "../campaign/embedded";
import type { SourceWorkbook } from "../model";
import { buildTemplatePlan } from "../plan/buildTemplatePlan";
import { planToGrids } from "../plan/planToGrids";
import { serialFromIso } from "../calendar/serial";
import { generateSampleUnits } from "../samples/generateSampleUnits";
import { checkWorkbooks } from "./checkWorkbooks";
import { readReport } from "./readReport";

const asOf = serialFromIso("2021-05-06");

function sampleWorkbooks(count: number): SourceWorkbook[] {
  return generateSampleUnits(embeddedCampaign)
    .slice(0, count)
    .map((s) => ({
      fileName: s.fileName,
      sheets: planToGrids(
        buildTemplatePlan(embeddedCampaign, { unitCode: s.unit.code, filled: s.filled }),
      ),
    }));
}

describe("readReport", () => {
  it("reads a unit workbook into its report", () => {
    const [wb] = sampleWorkbooks(1);
    const outcome = readReport(wb, embeddedCampaign);
    expect("read" in outcome && outcome.read.report.unitCode).toBe(wb.fileName.split(/[_.]/)[0]);
  });

  it("turns an unexpected failure into an E_FILE finding naming the file", () => {
    const broken = { fileName: "CBCS01.xlsx", sheets: [null] } as unknown as SourceWorkbook;
    const outcome = readReport(broken, embeddedCampaign);
    expect("failure" in outcome && outcome.failure).toMatchObject({
      code: "E_FILE",
      unit: "CBCS01.xlsx",
      file: "CBCS01.xlsx",
    });
  });

  it("checking reads made as files arrived equals checking the workbooks", () => {
    const workbooks = sampleWorkbooks(8);
    const fromWorkbooks = checkWorkbooks({ campaign: embeddedCampaign, workbooks, asOf });
    const reads = workbooks.map((wb) => readReport(wb, embeddedCampaign));
    const fromReads = checkWorkbooks({ campaign: embeddedCampaign, reads, asOf });
    expect(fromReads).toEqual(fromWorkbooks);
    expect(fromReads.units).toHaveLength(8);
  });
});
