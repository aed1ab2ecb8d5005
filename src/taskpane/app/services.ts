import { createContext, useContext } from "react";
import type { Campaign, Grid, SourceWorkbook, WorkbookPlan } from "../../shared/model";
import type { RenderOptions, RenderStats } from "../host/renderPlan";
import type { Features } from "../host/requirements";
import type { SelfCheck } from "../host/selfTest";
import type { OffThread } from "../worker/offThread";
import type { Core } from "./core";

/** Everything the pane needs from its host; Office, the preview and tests each provide one. */
export interface PaneServices {
  features: Features;
  renderPlan(plan: WorkbookPlan, options: RenderOptions): Promise<RenderStats>;
  readSheets(names?: string[], options?: { signal?: AbortSignal }): Promise<Grid[]>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** Reads a picked or dropped file (the reader is loaded on first use). */
  readFile(file: File): Promise<SourceWorkbook>;
  /** Sample unit workbooks, offered by the preview only. */
  sampleWorkbooks?: () => Promise<SourceWorkbook[]>;
  /**
   * Reading, checking and consolidating in a Web Worker, so the pane never freezes; absent where
   * there is no Worker (the component tests' jsdom): the pane then does them on the main thread.
   */
  offThread?: OffThread;
  /** The core (campaign, reader, checks, consolidation, plan builders), loaded on demand. */
  loadCore(): Promise<Core>;
  /** Keeps the campaign with the workbook for the PHULUC functions and recalculates them. */
  keepActiveCampaign?(campaign: Campaign): Promise<boolean>;
  /** The campaign kept with the workbook, unchecked, if any. */
  readStoredCampaign?(): Promise<unknown>;
  /** The one-click self-test inside Excel ("Tự kiểm tra"). */
  runSelfTest?(): Promise<SelfCheck[]>;
  /**
   * Writes a plan as an .xlsx file; with `open`, opens it as a new Excel workbook where Excel can
   * (ExcelApi 1.8), else downloads it. Says which happened.
   */
  exportPlan(plan: WorkbookPlan, fileName: string, open: boolean): Promise<"opened" | "downloaded">;
  /** Several generated workbooks in one .zip download. */
  downloadPlans(
    files: Array<{ plan: WorkbookPlan; fileName: string }>,
    zipName: string,
  ): Promise<void>;
}

export const ServicesContext = createContext<PaneServices | null>(null);

export function useServices(): PaneServices {
  const s = useContext(ServicesContext);
  if (!s) throw new Error("PaneServices missing: wrap the pane in <ServicesContext.Provider>.");
  return s;
}
