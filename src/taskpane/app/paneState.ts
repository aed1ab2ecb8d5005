import type { Campaign, SourceWorkbook } from "../../shared/model";
import type { UnreadableFile } from "../../shared/pipeline/checkWorkbooks";
import type { ConsolidationRun } from "../../shared/pipeline/runConsolidation";
import type { CheckJob, PaneCheck } from "../worker/protocol";

/** One file (or the open workbook, or a sample) loaded in the Nạp đơn vị step. */
export interface LoadedWorkbook {
  id: string;
  fileName: string;
  source: "file" | "workbook" | "sample";
  workbook?: SourceWorkbook;
  /** The workbook is held by the pane's worker under this name (files read off the main thread). */
  ref?: string;
  /** Why the file could not be read. */
  error?: { vi: string; en: string };
  /** Unit code the reader found (info sheet, meta sheet, file name). */
  unitCode?: string;
  /** Unit chosen by the user when none was found. */
  assigned?: string;
}

export interface PaneState {
  campaign?: Campaign;
  loaded: LoadedWorkbook[];
  check?: PaneCheck;
  run?: ConsolidationRun;
  /** Excel serial of the day statuses are computed for. */
  asOf: number;
  excludeErrors: boolean;
}

/**
 * The core's inputs from the loaded files: readable workbooks (a unit chosen by the user is put
 * into the file name, which the core reads as the last resort, exactly when nothing else named
 * the unit) and unreadable files, reported as E_FILE findings.
 *
 * @example checkInputOf([{ id: "1", fileName: "a.xlsx", source: "file", workbook, assigned: "CBCS01" }])
 *   .workbooks[0].fileName === "a.xlsx [CBCS01]"
 */
export function checkInputOf(loaded: LoadedWorkbook[]): {
  workbooks: SourceWorkbook[];
  unreadable: UnreadableFile[];
} {
  const workbooks: SourceWorkbook[] = [];
  const unreadable: UnreadableFile[] = [];
  for (const l of loaded) {
    if (l.error) unreadable.push({ fileName: l.fileName, message: l.error });
    else if (l.workbook) {
      workbooks.push(
        l.assigned && !l.unitCode
          ? { ...l.workbook, fileName: `${l.workbook.fileName} [${l.assigned}]` }
          : l.workbook,
      );
    }
  }
  return { workbooks, unreadable };
}

/**
 * The same inputs for the worker, in the same order: files it holds by reference (under the name
 * the core must see), other workbooks (samples, the open workbook) as they are.
 *
 * @example checkJobOf(loaded, asOf).items[0] // { ref: "f1", fileName: "a.xlsx [CBCS01]" }
 */
export function checkJobOf(loaded: LoadedWorkbook[], asOf: number): CheckJob {
  const items: CheckJob["items"] = [];
  const unreadable: UnreadableFile[] = [];
  for (const l of loaded) {
    if (l.error) unreadable.push({ fileName: l.fileName, message: l.error });
    else if (l.ref || l.workbook) {
      const name = coreFileName(l);
      if (l.ref) items.push({ ref: l.ref, fileName: name });
      else
        items.push({
          book: name === l.workbook!.fileName ? l.workbook! : { ...l.workbook!, fileName: name },
        });
    }
  }
  return { items, unreadable, asOf };
}

/**
 * The name the core sees a loaded file under (and findings carry): a unit chosen by hand is put
 * into it, as `checkInputOf` does.
 *
 * @example coreFileName({ id: "1", fileName: "a.xlsx", source: "file", ref: "f1", assigned: "CBCS01" }) === "a.xlsx [CBCS01]"
 */
export function coreFileName(l: LoadedWorkbook): string {
  const base = l.workbook?.fileName ?? l.fileName;
  return l.assigned && !l.unitCode ? `${base} [${l.assigned}]` : base;
}
