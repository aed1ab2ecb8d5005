import { cellsOf } from "./cellsOf";
import { isSubmissionDate } from "./isSubmissionDate";
import { ratio } from "./ratio";

/**
 * The share of cells of a submission-date range that hold a date (one cell per unit expected).
 * An empty range → #DIV/0!.
 *
 * @example reportingRate([[44320], [""], [44325], ["chưa nộp"]]) === 0.5
 */
export function reportingRate(submitted: unknown): number {
  const cells = cellsOf(submitted).flat();
  const sent = cells.filter(isSubmissionDate).length;
  return ratio(sent, cells.length, { vi: "đơn vị", en: "units" });
}
