/**
 * Issue 16's bar for a real campaign, in real Chromium on the built preview: with 1,000 unit files
 * loaded, no main-thread task of the page exceeds 200 ms while loading, checking and
 * consolidating (reading and checking run in a Web Worker), and Hủy stops a check within 1 s.
 * Long tasks are those the page's own PerformanceObserver reports during each phase, from the
 * phase's start: the browser's own task that makes the FileList of the picked files, before the
 * page's change event (≈ 250–350 ms for 1,000 files, no script in it), is reported as
 * `fileListMs` and not held to the bar. The times themselves are reported by `npm run bench`;
 * only the load's is bounded here, loosely (see below). In CI the test must run.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import { scaleCampaign } from "../fixtures/scaleCampaign";
import { prepareUnits } from "../fixtures/unitFiles";
import { ARTIFACTS, describeInChromium, ROOT } from "./harness";
import { measurePane, type PaneFigures } from "./paneTimings";

const N = 1000;
/** The bar: no main-thread task over this while loading, checking and consolidating. */
const LONGEST_TASK_MS = 200;
const CANCEL_MS = 1000;
/**
 * The bar for the load's time is twice the CLI's on the same machine (≈ 2.8 s against
 * its ≈ 1.4 s): not met yet (4.0–4.9 s measured, 12.6 s before the worker). Held loosely, so a
 * regression to the old times fails.
 */
const LOAD_MS_LOOSE = 12_000;

describeInChromium()("the pane with 1,000 unit files", () => {
  let figures: PaneFigures;

  beforeAll(async () => {
    // The same files as `npm run bench` (generated once, ≈ 20 s, then reused).
    const files = await prepareUnits(N, join(ROOT, ".tmp", "bench", `units-${N}`));
    figures = await measurePane(files, scaleCampaign(embeddedCampaign, N));
    writeFileSync(join(ARTIFACTS, "pane-long-tasks.json"), JSON.stringify(figures, null, 2));
  }, 300_000);

  it("reads every file and matches it to its unit", () => {
    expect(figures.loadNotice).toBe(`Đã nạp ${N} tệp.`);
  });

  it("loads the 1,000 files faster than before the worker (the issue's 2× the CLI is not met)", () => {
    expect(figures.loadMs).toBeLessThan(LOAD_MS_LOOSE);
  });

  it.each(["load", "check", "consolidate"] as const)(
    "no main-thread task over 200 ms during %s",
    (phase) => {
      const over = figures.longTasks[phase].filter((t) => t.duration > LONGEST_TASK_MS);
      expect({ phase, over }).toEqual({ phase, over: [] });
    },
  );

  it("Hủy stops a check midway within 1 s", () => {
    const [done, total] = figures.cancelledAt.split("/").map(Number);
    expect(done).toBeLessThan(total);
    expect(figures.cancelMs).toBeLessThan(CANCEL_MS);
  });
});
