import { existsSync } from "node:fs";
import { join } from "node:path";
import { embeddedCampaign } from "../src/shared/campaign/embedded";
import { scaleCampaign } from "../test/fixtures/scaleCampaign";
import { prepareUnits } from "../test/fixtures/unitFiles";
import { CHROMIUM } from "../test/e2e/harness";
import { measurePane, type PaneFigures } from "../test/e2e/paneTimings";

/**
 * The task pane with n unit files in the preview, in Chromium (the long-task test's run): each
 * phase's time and longest main-thread task; undefined when there is no Chromium.
 */
export async function benchPane(n: number, workDir: string): Promise<PaneFigures | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const files = await prepareUnits(n, join(workDir, `units-${n}`));
  return measurePane(files, scaleCampaign(embeddedCampaign, n));
}
