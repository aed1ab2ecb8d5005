import { embeddedCampaign } from "../shared/campaign/embedded";
import { serialFromIso } from "../shared/calendar/serial";
import { buildTemplatePlan } from "../shared/plan/buildTemplatePlan";
import { planToGrids } from "../shared/plan/planToGrids";
import { runConsolidation } from "../shared/pipeline/runConsolidation";
import { generateSampleUnits } from "../shared/samples/generateSampleUnits";
import { scaleCampaign } from "../../test/fixtures/scaleCampaign";
import { writePlan } from "./writePlan";
import { writeXlsx, xlsxEntries } from "./xlsxWriter";

describe("writePlan", () => {
  it("gives writeXlsx's bytes when its largest parts are deflated on another thread", async () => {
    const campaign = scaleCampaign(embeddedCampaign, 400);
    const workbooks = generateSampleUnits(campaign, { missingRate: 0, seed: 3 }).map((s) => ({
      fileName: s.fileName,
      sheets: planToGrids(buildTemplatePlan(campaign, { unitCode: s.unit.code, filled: s.filled })),
    }));
    const { plan } = runConsolidation({ campaign, workbooks, asOf: serialFromIso("2021-05-06") });
    // Large enough for the parallel path (more than 4 MB of XML).
    const xml = Object.values(xlsxEntries(plan)).reduce((n, part) => n + part.length, 0);
    expect(xml).toBeGreaterThan(4 << 20);
    const bytes = await writePlan(plan);
    expect(Buffer.from(bytes).equals(Buffer.from(writeXlsx(plan)))).toBe(true);
  }, 30_000);
});
