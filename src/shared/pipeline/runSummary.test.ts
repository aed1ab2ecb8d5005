import { embeddedCampaign } from "../campaign/embedded";
import type { PlanValue } from "../model";
import { buildTemplatePlan } from "../plan/buildTemplatePlan";
import { planToGrids } from "../plan/planToGrids";
import { generateSampleUnits } from "../samples/generateSampleUnits";
import { expectedUnits } from "../validate/expectedUnits";
import { runConsolidation } from "./runConsolidation";

describe("runConsolidation summary", () => {
  it("counts a file whose unit is unknown neither as expected nor as received (issue 16, bug 3)", () => {
    const campaign = embeddedCampaign;
    const samples = generateSampleUnits(campaign);
    const workbooks = samples.map((s) => ({
      fileName: s.fileName,
      sheets: planToGrids(buildTemplatePlan(campaign, { unitCode: s.unit.code, filled: s.filled })),
    }));
    const sent = new Set(samples.map((s) => s.unit.code));
    const other = generateSampleUnits(campaign, { missingRate: 0 }).find(
      (s) => !sent.has(s.unit.code),
    )!;
    const info: Record<string, PlanValue> = {
      ...other.filled.info,
      unitCode: null,
      unitName: null,
    };
    workbooks.push({
      fileName: "bao-cao.xlsx",
      sheets: planToGrids(buildTemplatePlan(campaign, { filled: { ...other.filled, info } })),
    });
    const { summary } = runConsolidation({ campaign, workbooks, asOf: 44345 });
    const expected = expectedUnits(campaign).length;
    expect(summary.expected).toBe(expected);
    expect(summary.received).toBe(samples.length);
    expect(summary.missing).toBe(expected - samples.length);
    expect(summary.received + summary.missing).toBe(summary.expected);
  });
});
