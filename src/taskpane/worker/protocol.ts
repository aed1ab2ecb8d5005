/**
 * Messages between the pane and its worker (reading and checking off the main thread). Every
 * message is plain data, cloned by the structured-clone algorithm: File handles, Grids, findings,
 * plans; no functions, no class instances.
 */
import type { ConsolidatedUnit } from "../../shared/consolidate/consolidate";
import type { Campaign, PlanBlock, SourceWorkbook } from "../../shared/model";
import type { CheckResult, UnreadableFile } from "../../shared/pipeline/checkWorkbooks";
import type { ConsolidationRun } from "../../shared/pipeline/runConsolidation";

/** What the pane keeps of a check: the units' reports stay in the worker. */
export type PaneCheck = Pick<CheckResult, "expected" | "findings" | "progress">;

/** A workbook for a check: one the worker holds (under the name the core must see), or the workbook itself. */
export type CheckItem = { ref: string; fileName: string } | { book: SourceWorkbook };

export interface CheckJob {
  items: CheckItem[];
  unreadable: UnreadableFile[];
  asOf: number;
}

export type ToWorker =
  | { type: "campaign"; campaign: Campaign }
  | {
      type: "read";
      job: number;
      /** Each file's bytes (read by the page, transferred), or why the browser could not read it. */
      files: Array<{
        ref: string;
        name: string;
        bytes?: ArrayBuffer;
        unreadable?: string;
      }>;
      /** The preview's `?fileLatency`: a pause before each file, so a test can cancel midway. */
      latencyMs?: number;
    }
  | ({ type: "check"; job: number } & CheckJob)
  | ({ type: "consolidate"; job: number; excludeUnitsWithErrors: boolean } & CheckJob)
  | { type: "book"; job: number; ref: string }
  | { type: "forget"; refs: string[] }
  | { type: "cancel"; job: number }
  /** To a helper: where its reads go (the pane's worker, which holds every workbook). */
  | { type: "helper"; port: MessagePort }
  /** To the pane's worker: where a helper's reads come from. */
  | { type: "helped"; port: MessagePort };

/** From a helper to the pane's worker: a message for the pane, with the workbooks it read. */
export interface FromHelper {
  message: FromWorker;
  books?: Array<[ref: string, book: SourceWorkbook]>;
}

/** One file read: the name the reader gave it and its unit, or why it could not be read. */
export interface FileRead {
  ref: string;
  fileName: string;
  unitCode?: string;
  error?: { vi: string; en: string };
}

/**
 * A consolidation arrives in parts, so that no message takes the pane long to receive (20 MB of
 * reports and per-unit tables in one message took Chromium ≈ 1 s to unpack): the run with its
 * long arrays emptied, then their items a few at a time (`path` names the array from the run), the
 * consolidated units naming their report by index (so each report crosses once), and each plan
 * block's rows.
 */
export type RunPart =
  | { part: "head"; run: ConsolidationRun }
  | { part: "items"; path: string[]; items: unknown[] }
  | { part: "units"; units: Array<Omit<ConsolidatedUnit, "report"> & { reportIndex: number }> }
  | { part: "rows"; sheet: number; block: number; rows: PlanBlock["cells"] };

export type FromWorker =
  | { job: number; type: "progress"; done: number; total: number }
  /** Files read, a few per message (a message each cost the page more than the file did). */
  | { job: number; type: "files"; reads: FileRead[] }
  | { job: number; type: "part"; value: RunPart }
  | { job: number; type: "done"; value?: PaneCheck | SourceWorkbook | null }
  | { job: number; type: "cancelled" }
  | { job: number; type: "error"; message: string; messageEn?: string };
