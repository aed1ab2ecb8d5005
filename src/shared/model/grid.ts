/**
 * Grid: a host-neutral worksheet. Every host (Office.js, SheetJS, our .xlsx reader, CSV) turns into Grids;
 * everything after that is shared code.
 *
 * Cells are kept as plain JS values (not tagged objects) for the common cases because a
 * consolidation reads millions of them; dates and errors, which are rare, are tagged.
 */
export type CellDate = {
  readonly kind: "date";
  /** Excel 1900-system serial (may be fractional). */ readonly serial: number;
};
export type CellError = {
  readonly kind: "error";
  /** Excel error text, e.g. `#REF!`, `#DIV/0!`. */ readonly code: string;
};
export type Cell = null | string | number | boolean | CellDate | CellError;

export interface Grid {
  /** Worksheet tab name as found. */
  name: string;
  /** rows[r][c], 0-based; rows may be ragged and shorter than the used range. */
  rows: Cell[][];
  /** Merged ranges in A1 notation ("A1:C1"). The value sits in the top-left cell. */
  merges?: string[];
  /** Formula text by A1 address, for cells that held a formula (the value is its cached result). */
  formulas?: Record<string, string>;
  /** Sheet visibility as found in the file. */
  state?: "visible" | "hidden" | "veryHidden";
}

/** A workbook as read from one file or from the open Excel workbook. */
export interface SourceWorkbook {
  /** File name (or "Sổ làm việc hiện tại" for sheets of the open workbook). */
  fileName: string;
  sheets: Grid[];
  /** SHA-256 of the file bytes, hex, when read from a file. */
  sha256?: string;
  /**
   * The file's format as told by its content, when read from a file: a unit that saved the
   * template as .xls, .ods or .csv is told so.
   */
  format?: "xlsx" | "xls" | "ods" | "csv";
}

export function isCellDate(c: Cell): c is CellDate {
  return typeof c === "object" && c !== null && c.kind === "date";
}

export function isCellError(c: Cell): c is CellError {
  return typeof c === "object" && c !== null && c.kind === "error";
}
