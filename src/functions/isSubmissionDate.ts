import { isExcelError } from "./excelError";
import { isBlank } from "./isBlank";
import { toSerial } from "./toSerial";

const WHAT = { vi: "ngày nộp", en: "submission date" };

/**
 * Whether a cell records a submission: it holds a date (a serial or date text). Blanks, errors and
 * other text ("chưa nộp") are no submission.
 *
 * @example isSubmissionDate(44320) === true
 * @example isSubmissionDate("chưa nộp") === false
 */
export function isSubmissionDate(cell: unknown): boolean {
  if (isBlank(cell) || isExcelError(cell) || typeof cell === "boolean") return false;
  try {
    toSerial(cell, WHAT);
    return true;
  } catch {
    return false;
  }
}
