import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import { runConsolidation } from "../../src/shared/pipeline/runConsolidation";
import { scaleCampaign } from "../fixtures/scaleCampaign";
import { renderPlan } from "../../src/taskpane/host/renderPlan";
import { ExcelEmulation } from "../../src/taskpane/preview/emulator/excelEmulation";
import { EmuWorkbook } from "../../src/taskpane/preview/emulator/workbookModel";
import { sampleWorkbooks } from "../../src/taskpane/preview/sampleWorkbooks";

const FOUR_MB = 4 * 1024 * 1024;

/** Renders the real consolidated appendix of `n` generated units; the emulation's counters. */
async function consolidate(n: number) {
  const campaign = scaleCampaign(embeddedCampaign, n);
  const run = runConsolidation({ campaign, workbooks: sampleWorkbooks(campaign), asOf: 44330 });
  const emu = new ExcelEmulation(new EmuWorkbook(["Sheet1"])).install();
  const stats = await renderPlan(run.plan, { confirmReplace: async () => true });
  return { emu, stats, run };
}

describe("renderPlan on the real consolidated appendix (embedded outline)", () => {
  it("takes the same syncs for 10 and 200 units: one read, one write, one recalculation", async () => {
    const small = await consolidate(10);
    const large = await consolidate(200);
    expect(small.emu.stats.syncs).toBe(3);
    expect(large.emu.stats.syncs).toBe(small.emu.stats.syncs);
    expect(large.stats.cells).toBeGreaterThan(small.stats.cells * 3);
  });

  it("keeps 1,000 units within the quality bar: at most 10 syncs, each request under 4 MB", async () => {
    const { emu, stats, run } = await consolidate(1000);
    expect(run.summary.received).toBeGreaterThan(800);
    expect(emu.stats.syncs).toBeLessThanOrEqual(10);
    expect(emu.stats.syncs).toBe(stats.syncs);
    for (const s of emu.stats.perSync) expect(s.requestBytes).toBeLessThan(FOUR_MB);
    // Over 4 MB in all, so the writes must have been split, and were.
    expect(emu.stats.requestBytes).toBeGreaterThan(FOUR_MB);
    expect(emu.stats.perSync.length).toBeGreaterThan(2);
  });
});
