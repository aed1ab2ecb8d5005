import { normalizeLabel } from "./normalizeLabel";

/** A time of day after the date, ignored: " 10:30", "T10:30:15.5Z", " 9:05 SA". */
const TIME_SUFFIX =
  /(?:[ T]|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*(?:am|pm|sa|ch))?(?:z|[+-]\d{2}:?\d{2})?$/i;
/** d/m/y with one consistent separator; a 2- or 4-digit year. */
const DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
/** ISO order, only when the year comes first with four digits. */
const YMD = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
/** "ngày 05 tháng 5 năm 2021" after normalizeLabel. */
const WORDS = /^(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})$/;
const LEADING_NGAY = /^ngay\s+/;
const NON_ASCII = /[\u0080-\uffff]/;
const LETTER = /[a-z]/i;

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function checked(y: number, m: number, d: number): { y: number; m: number; d: number } | null {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

/** Two-digit years as Excel reads them: 00–29 → 2000–2029, 30–99 → 1930–1999. */
function fullYear(text: string): number {
  const y = Number(text);
  if (text.length === 4) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

/**
 * Reads a date typed as text, Vietnamese order (day first, never month first). Accepts "/", "-"
 * or "." separators, 1- or 2-digit day and month, 2-digit years (Excel's rule: 00–29 → 20xx,
 * 30–99 → 19xx), ISO "2021-05-05" (year first), the written form "ngày 05 tháng 5 năm 2021",
 * and ignores a trailing time. Impossible dates (31/4, 29/2 of a common year) give null.
 *
 * @example parseDateText("05/5/2021") → { y: 2021, m: 5, d: 5 }
 * @example parseDateText("5/5/21") → { y: 2021, m: 5, d: 5 }
 * @example parseDateText("ngày 05 tháng 5 năm 2021") → { y: 2021, m: 5, d: 5 }
 * @example parseDateText("31/4/2021") === null
 */
export function parseDateText(s: string): { y: number; m: number; d: number } | null {
  if (typeof s !== "string") return null;
  let t = s.trim();
  if (t.length < 6 || t.length > 60) return null;
  t = t.replace(TIME_SUFFIX, "");
  let m = DMY.exec(t);
  if (m) return checked(fullYear(m[4]), Number(m[3]), Number(m[1]));
  m = YMD.exec(t);
  if (m) return checked(Number(m[1]), Number(m[3]), Number(m[4]));
  if (!NON_ASCII.test(t) && !LETTER.test(t)) return null;
  const words = normalizeLabel(t);
  m = WORDS.exec(words);
  if (m) return checked(Number(m[3]), Number(m[2]), Number(m[1]));
  const rest = words.replace(LEADING_NGAY, "");
  if (rest !== words) {
    m = DMY.exec(rest);
    if (m) return checked(fullYear(m[4]), Number(m[3]), Number(m[1]));
  }
  return null;
}
