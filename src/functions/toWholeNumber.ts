import { isExcelError } from "./excelError";
import { fail } from "./fail";
import { isBlank } from "./isBlank";
import type { Bilingual } from "./localized";

const NUMBER_TEXT = /^[+-]?\d+(?:\.\d+)?$/;

/**
 * A count argument, truncated toward zero like Excel's WORKDAY does with its days; a blank is 0
 * (as in Excel), numeric text is read, TRUE/FALSE and other text give #VALUE!.
 *
 * @example toWholeNumber(-2.7, { vi: "số ngày", en: "days" }) === -2
 * @example toWholeNumber("", { vi: "số ngày", en: "days" }) === 0
 */
export function toWholeNumber(value: unknown, what: Bilingual): number {
  if (isExcelError(value)) throw value;
  if (isBlank(value)) return 0;
  const n =
    typeof value === "number"
      ? value
      : typeof value === "string" && NUMBER_TEXT.test(value.trim())
        ? Number(value.trim())
        : NaN;
  if (!Number.isFinite(n)) {
    const shown = typeof value === "string" ? `"${value}"` : String(value);
    fail("invalidValue", {
      vi: `${what.vi} không phải số: ${shown}`,
      en: `The ${what.en} is not a number: ${shown}`,
    });
  }
  return Math.trunc(n) + 0; // + 0 turns -0 into 0
}
