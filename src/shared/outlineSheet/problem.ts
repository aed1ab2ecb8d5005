import { a1 } from "../a1/a1";

/** Something in the outline sheets that stops them from being applied, located for the user. */
export interface OutlineSheetProblem {
  /** Tab name as found in the workbook. */
  sheet: string;
  /** A1 address of the cell at fault, when one is. */
  cell?: string;
  /** Full text, starting with the location: "Đề cương - Chỉ tiêu!E12: …". */
  message: { vi: string; en: string };
}

/** Where something was read from: a sheet, a row of it, a cell of it (0-based). */
export interface SourceLocation {
  sheet: string;
  row?: number;
  col?: number;
}

/**
 * A problem whose message starts with the sheet and cell (column A when only the row is known).
 *
 * @example makeProblem({ sheet: "Đề cương", row: 2, col: 1 }, "sai", "wrong").message.vi
 *   === "Đề cương!B3: sai"
 */
export function makeProblem(where: SourceLocation, vi: string, en: string): OutlineSheetProblem {
  const cell = where.row === undefined ? undefined : a1(where.row, where.col ?? 0);
  const prefix = cell ? `${where.sheet}!${cell}: ` : `${where.sheet}: `;
  return {
    sheet: where.sheet,
    ...(cell ? { cell } : {}),
    message: { vi: prefix + vi, en: prefix + en },
  };
}
