import { keepActiveCampaign, readStoredCampaign } from "../host/activeCampaignSetting";
import { readSheets } from "../host/readSheets";
import { renderPlan } from "../host/renderPlan";
import { detectFeatures } from "../host/requirements";
import { canCreateWorkbook, createWorkbook } from "../host/createWorkbook";
import { selectCell } from "../host/selectCell";
import { downloadFile } from "./downloadFile";
import { loadCore } from "./core";
import type { PaneServices } from "./services";
import { offThread } from "../worker/offThread";

/** The .xlsx writer, its own chunk: only needed when the user asks for a file. */
const loadWriter = () => import(/* webpackChunkName: "writer" */ "../../io/xlsxWriter/writeXlsx");

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
      return readWorkbook(new Uint8Array(bytes), file.name);
    },
    offThread: offThread(),
    loadCore,
    keepActiveCampaign,
    readStoredCampaign,
    runSelfTest: async () =>
      (await import(/* webpackChunkName: "self-test" */ "../host/selfTest")).runSelfTest(),
    exportPlan: async (plan, fileName, open) => {
      const { writeXlsx } = await loadWriter();
      const bytes = writeXlsx(plan);
      if (open && canCreateWorkbook()) {
        await createWorkbook(bytes);
        return "opened";
      }
      downloadFile(bytes, fileName);
      return "downloaded";
    },
    downloadPlans: async (files, zipName) => {
      const [{ writeXlsx }, { zipSync }] = await Promise.all([loadWriter(), import("fflate")]);
      // .xlsx files are zips already: stored, not deflated again.
      const zip = zipSync(
        Object.fromEntries(files.map((f) => [f.fileName, [writeXlsx(f.plan), { level: 0 }]])),
        { mtime: new Date(Date.UTC(2021, 0, 1)) },
      );
      downloadFile(zip, zipName, "application/zip");
    },
    ...extra,
  };
}
