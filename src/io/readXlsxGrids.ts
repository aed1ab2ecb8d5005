import type { Grid } from "../shared/model";
import { isDateFormat } from "../shared/text/isDateFormat";
import { readXlsxFast } from "./fastXlsx/readXlsxFast";
import type { CheckedFile } from "./readLimits";
import { WorkbookReadError } from "./workbookReadError";

/**
 * Counts the cells a reader keeps, throwing tooManyCells past the limit (SheetJS and our readers
 * count the same cells: see sheetToGrid).
 *
 * @example const count = cellCounter("X.xlsx", 1e6); count(10) // throws once past a million
 */
export function cellCounter(fileName: string, maxCells: number): (cells: number) => void {
  let cells = 0;
  return (n) => {
    cells += n;
    if (cells > maxCells) throw new WorkbookReadError("tooManyCells", fileName, `> ${maxCells}`);
  };
}

/**
 * readWorkbook's fast path alone: the Grids our own reader gives for an ordinary .xlsx file
 * (see readXlsxFast), or undefined for any other kind of file or one it declines, which SheetJS
 * must then read. Throws tooManyCells as readWorkbook does. Holds no SheetJS, so the CLI's helper
 * thread can read files with it and start fast.
 *
 * @example readXlsxGrids(bytes, "X.xlsx", checkWorkbookFile(bytes, "X.xlsx", limits), limits.maxCells)
 */
export function readXlsxGrids(
  bytes: Uint8Array,
  fileName: string,
  file: CheckedFile,
  maxCells: number,
): Grid[] | undefined {
  if (file.kind !== "xlsx") return undefined;
  return readXlsxFast(bytes, file.parts, { count: cellCounter(fileName, maxCells), isDateFormat });
}
