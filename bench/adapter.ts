import { embeddedCampaign } from "../src/shared/campaign/embedded";
import { buildTemplatePlan } from "../src/shared/plan/buildTemplatePlan";
import { planToGrids } from "../src/shared/plan/planToGrids";
import { runConsolidation } from "../src/shared/pipeline/runConsolidation";
import { generateSampleUnits } from "../src/shared/samples/generateSampleUnits";
import { scaleCampaign } from "../test/fixtures/scaleCampaign";
import { renderPlan } from "../src/taskpane/host/renderPlan";
import { ExcelEmulation } from "../src/taskpane/preview/emulator/excelEmulation";
import { EmuWorkbook } from "../src/taskpane/preview/emulator/workbookModel";

export interface AdapterFigures {
  units: number;
  syncs: number;
  calls: number;
  maxPayloadBytes: number;
  totalBytes: number;
}

/**
 * A whole consolidation written by the real Office.js adapter into the emulated Excel, which
 * counts syncs, API calls and the bytes of each request. Unit files are read in JavaScript (not
 * through Excel), so the consolidated appendix is what crosses the wire.
 */
export async function benchAdapter(n: number): Promise<AdapterFigures> {
  const campaign = scaleCampaign(embeddedCampaign, n);
  const workbooks = generateSampleUnits(campaign, { missingRate: 0, seed: 7 }).map((s) => ({
    fileName: s.fileName,
    sheets: planToGrids(buildTemplatePlan(campaign, { unitCode: s.unit.code, filled: s.filled })),
  }));
  const run = runConsolidation({ campaign, workbooks, asOf: 44322 });
  const emu = new ExcelEmulation(new EmuWorkbook(["Sheet1"])).install();
  await renderPlan(run.plan, { confirmReplace: async () => true });
  return {
    units: n,
    syncs: emu.stats.syncs,
    calls: emu.stats.calls,
    maxPayloadBytes: Math.max(...emu.stats.perSync.map((s) => s.requestBytes)),
    totalBytes: emu.stats.requestBytes,
  };
}
