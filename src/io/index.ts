/**
 * File bytes ⇄ Grid and WorkbookPlan → .xlsx. `readWorkbook` and everything it needs are
 * browser-safe (the task pane loads them on demand); `writePlan` is for Node (the CLI).
 */
export { readWorkbook } from "./readWorkbook";
export { WorkbookReadError, type WorkbookReadReason } from "./workbookReadError";
export { DEFAULT_READ_LIMITS, checkReadLimits, type ReadLimits } from "./readLimits";
export { detectFileKind, type FileKind } from "./fileKind";
export { writePlan } from "./writePlan";
