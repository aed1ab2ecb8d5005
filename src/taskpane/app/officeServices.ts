import { keepActiveCampaign, readStoredCampaign } from "../host/activeCampaignSetting";
import { readSheets } from "../host/readSheets";
import { renderPlan } from "../host/renderPlan";
import { detectFeatures } from "../host/requirements";
import { selectCell } from "../host/selectCell";
import { loadCore } from "./core";
import type { PaneServices } from "./services";

/**
 * The pane's services over the real (or emulated) `Excel` global. The file reader is imported on
 * first use, as its own chunk.
 */
export function officeServices(extra: Partial<PaneServices> = {}): PaneServices {
  return {
    features: detectFeatures(),
    renderPlan,
    readSheets: (names, options) => readSheets(names, options),
    selectCell,
    readFile: async (file) => {
      const [{ readWorkbook }, bytes] = await Promise.all([
        import(/* webpackChunkName: "reader" */ "../../io/readWorkbook"),
        file.arrayBuffer(),
      ]);
      return {
        ...readWorkbook(new Uint8Array(bytes), file.name),
        modifiedAt: new Date(file.lastModified).toISOString(),
      };
    },
    loadCore,
    keepActiveCampaign,
    readStoredCampaign,
    runSelfTest: async () =>
      (await import(/* webpackChunkName: "self-test" */ "../host/selfTest")).runSelfTest(),
    ...extra,
  };
}
