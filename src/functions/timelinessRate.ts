import { cellsOf } from "./cellsOf";
import { isSubmissionDate } from "./isSubmissionDate";
import { lastDayOnTime } from "./lastDayOnTime";
import { ratio } from "./ratio";
import { sameShape } from "./sameShape";
import { toSerial } from "./toSerial";

const SUBMITTED = { vi: "ngày nộp", en: "submission date" };
const DUE = { vi: "hạn", en: "due date" };

/**
 * Among the units that submitted, the share that did so on time. `due` is one deadline for all
 * (a single cell: a level code or a date) or one per unit (a range the shape of `submitted`);
 * a date due is the last day on time, a level code carries its milestone's reading. A submitted
 * unit with no due → #N/A; no unit submitted → #DIV/0!.
 *
 * @example timelinessRate([[44320], [44321], [""]], "CBCS") === 0.5 // due before 05/5/2021
 */
export function timelinessRate(submitted: unknown, due: unknown): number {
  const sent = cellsOf(submitted);
  const dues = cellsOf(due);
  const single = dues.length === 1 && dues[0].length === 1;
  if (!single) sameShape(sent, dues);
  let singleLast: number | undefined;
  let count = 0;
  let onTime = 0;
  sent.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!isSubmissionDate(cell)) return;
      count++;
      const last = single
        ? (singleLast ??= lastDayOnTime(dues[0][0], DUE))
        : lastDayOnTime(dues[r][c], DUE);
      if (toSerial(cell, SUBMITTED) <= last) onTime++;
    }),
  );
  return ratio(onTime, count, { vi: "đơn vị đã nộp", en: "units that submitted" });
}
