import { fail } from "./fail";
import type { Bilingual } from "./localized";

/**
 * part / whole, with #DIV/0! when there is nothing to count (as Excel's own division).
 *
 * @example ratio(3, 4, { vi: "ô", en: "cells" }) === 0.75
 */
export function ratio(part: number, whole: number, nothing: Bilingual): number {
  if (whole === 0)
    fail("divisionByZero", { vi: `Không có ${nothing.vi} nào`, en: `There are no ${nothing.en}` });
  return part / whole;
}
