import { serialFromYmd } from "../shared/calendar/serial";
import { parseDateText } from "../shared/text/parseDateText";
import { isExcelError } from "./excelError";
import { fail } from "./fail";
import { isBlank } from "./isBlank";
import type { Bilingual } from "./localized";
import { ANY_DATE, type SerialRange } from "./serialRange";

const NUMBER_TEXT = /^[+-]?\d+(?:\.\d+)?$/;

/**
 * The serial a text stands for: a plain number ("44321") or a date written day first
 * ("05/5/2021", "2021-05-05", "ngày 05 tháng 5 năm 2021"); undefined otherwise.
 */
function serialOfText(text: string): number | undefined {
  const t = text.trim();
  if (NUMBER_TEXT.test(t)) return Number(t);
  const ymd = parseDateText(t);
  return ymd ? serialFromYmd(ymd.y, ymd.m, ymd.d) : undefined;
}

/**
 * A date argument as a whole serial (the time of day dropped, as Excel's date functions do).
 * Numbers are serials; text is read as a date the way Vietnamese offices write it; errors passed
 * in are passed on. Blank → #N/A, TRUE/FALSE or other text → #VALUE!, outside `range` → #NUM!.
 *
 * @example toSerial("05/5/2021", { vi: "ngày", en: "date" }) === 44321
 * @example toSerial(44321.75, { vi: "ngày", en: "date" }) === 44321
 */
export function toSerial(value: unknown, what: Bilingual, range: SerialRange = ANY_DATE): number {
  if (isExcelError(value)) throw value;
  if (isBlank(value))
    fail("notAvailable", { vi: `Thiếu ${what.vi}`, en: `The ${what.en} is missing` });
  const serial =
    typeof value === "number" ? value : typeof value === "string" ? serialOfText(value) : undefined;
  if (serial === undefined || !Number.isFinite(serial)) {
    const shown = typeof value === "string" ? `"${value}"` : String(value);
    fail("invalidValue", {
      vi: `${what.vi} không phải ngày: ${shown}`,
      en: `The ${what.en} is not a date: ${shown}`,
    });
  }
  const whole = Math.floor(serial);
  if (whole < range.min || whole > range.max)
    fail("invalidNumber", {
      vi: `${what.vi} ngoài khoảng ngày hỗ trợ`,
      en: `The ${what.en} is outside the supported dates`,
    });
  return whole;
}
