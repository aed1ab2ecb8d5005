import { cellsOf } from "./cellsOf";
import { isExcelError } from "./excelError";
import { isBlank } from "./isBlank";
import { isRequiredFlag } from "./isRequiredFlag";
import { ratio } from "./ratio";
import { sameShape } from "./sameShape";

/**
 * The share of required cells that hold a value: not blank, not an error. Without `required`
 * every cell is required; with it, only the cells whose flag is set (see {@link isRequiredFlag}).
 * No required cell → #DIV/0!.
 *
 * @example completionRate([[5, ""], ["x", 0]]) === 0.75
 * @example completionRate([[5, ""]], [[true, false]]) === 1
 */
export function completionRate(values: unknown, required?: unknown): number {
  const cells = cellsOf(values);
  const flags = required === null || required === undefined ? undefined : cellsOf(required);
  if (flags) sameShape(cells, flags);
  let wanted = 0;
  let filled = 0;
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (flags && !isRequiredFlag(flags[r][c])) return;
      wanted++;
      if (!isBlank(cell) && !isExcelError(cell)) filled++;
    }),
  );
  return ratio(filled, wanted, { vi: "ô bắt buộc", en: "required cells" });
}
