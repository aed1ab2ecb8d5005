import type { Campaign, SourceWorkbook } from "../../shared/model";
import type { CheckResult, UnreadableFile } from "../../shared/pipeline/checkWorkbooks";
import type { ConsolidationRun } from "../../shared/pipeline/runConsolidation";

/** One file (or the open workbook, or a sample) loaded in the Nạp đơn vị step. */
export interface LoadedWorkbook {
  id: string;
  fileName: string;
  source: "file" | "workbook" | "sample";
  workbook?: SourceWorkbook;
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
  check?: CheckResult;
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
