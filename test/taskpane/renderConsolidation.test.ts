import { PRINT_HEADER } from "../../src/shared/model";
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

describe("the consolidated appendix's print setup in the emulated Excel", () => {
  it("gives every printed sheet the plan's page layout, and its wrapped rows their heights", async () => {
    const { emu, run } = await consolidate(10);
    const printed = run.plan.sheets.filter((s) => s.print);
    expect(printed.length).toBeGreaterThan(5);
    for (const planSheet of printed) {
      const sheet = emu.workbook.sheet(planSheet.name)!;
      const setup = sheet.pageSetup;
      const print = planSheet.print!;
      expect(setup.paperSize).toBe("A4");
      expect(setup.orientation).toBe(print.landscape ? "Landscape" : "Portrait");
      expect(setup.blackAndWhite).toBe(true);
      // Hướng dẫn 36-HD/VPTW: top 20 mm, bottom 20 mm, left 30 mm, right 15 mm, in points.
      expect(setup.margins.top).toBeCloseTo((20 * 72) / 25.4, 5);
      expect(setup.margins.left).toBeCloseTo((30 * 72) / 25.4, 5);
      expect(setup.margins.right).toBeCloseTo((15 * 72) / 25.4, 5);
      // The page number, centred in the header (PRINT_HEADER without its "&C" section code).
      expect(setup.centerHeader).toBe(PRINT_HEADER.slice(2));
      expect(setup.centerHeader).toMatch(/&P$/);
      if (print.repeatRows)
        expect(setup.titleRows).toBe(
          `$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`,
        );
      expect(setup.colBreaks).toEqual(print.colBreaks ?? []);
      for (const [row, points] of Object.entries(planSheet.rowHeights ?? {}))
        expect(sheet.rowHeights.get(Number(row))).toBe(points);
    }
    // A wide detail sheet is split into pages at its column breaks, with its names repeated.
    const wide = printed.find((s) => (s.print!.colBreaks ?? []).length > 0)!;
    expect(wide).toBeDefined();
    expect(emu.workbook.sheet(wide.name)!.pageSetup.titleColumns).toMatch(/^\$A:\$[A-Z]+$/);
  });

  it("leaves the page setup alone where Excel lacks PageLayout (ExcelApi 1.8) and still writes", async () => {
    const campaign = scaleCampaign(embeddedCampaign, 5);
    const run = runConsolidation({ campaign, workbooks: sampleWorkbooks(campaign), asOf: 44330 });
    const emu = new ExcelEmulation(new EmuWorkbook(["Sheet1"]), {
      supported: { ExcelApi: "1.8" },
    }).install();
    await renderPlan(run.plan, { confirmReplace: async () => true });
    for (const s of run.plan.sheets) expect(emu.workbook.sheet(s.name)).toBeDefined();
    const sheet = emu.workbook.sheet(run.plan.sheets[1].name)!;
    expect(sheet.pageSetup.paperSize).toBeUndefined();
  });
});
