import { formatViNumber } from "./formatVi";

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
const SCALES = ["", "nghìn", "triệu", "tỷ"];

/** Words of 0–999; `full` writes "không trăm" and "linh" as inside a larger number. */
function triple(n: number, full: boolean): string {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const words: string[] = [];
  if (h > 0 || full) words.push(DIGITS[h], "trăm");
  if (t === 0) {
    if (u > 0 && words.length > 0) words.push("linh");
  } else if (t === 1) words.push("mười");
  else words.push(DIGITS[t], "mươi");
  if (u > 0) {
    if (u === 1 && t >= 2) words.push("mốt");
    else if (u === 4 && t >= 2) words.push("tư");
    else if (u === 5 && t >= 1) words.push("lăm");
    else words.push(DIGITS[u]);
  }
  return words.join(" ");
}

/**
 * A whole number in Vietnamese words, as written in parentheses after a figure or for the small
 * counts a report spells out. Numbers beyond the thousands of tỷ repeat "tỷ" as offices do.
 *
 * @example numberInWords(2531) === "hai nghìn năm trăm ba mươi mốt"
 * @example numberInWords(105) === "một trăm linh năm"
 * @example numberInWords(1005) === "một nghìn không trăm linh năm"
 * @example numberInWords(15) === "mười lăm"
 */
export function numberInWords(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const whole = Math.round(Math.abs(n));
  if (whole === 0) return "không";
  const sign = n < 0 ? "âm " : "";
  const groups: number[] = [];
  for (let rest = whole; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const parts: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    if (groups[i] === 0) continue;
    const scale = i === 0 ? "" : i % 3 === 0 ? "tỷ" : SCALES[i % 3];
    parts.push([triple(groups[i], parts.length > 0), scale].filter(Boolean).join(" "));
  }
  return sign + parts.join(" ");
}

/**
 * A count as prose writes it: small counts (up to ten) in words, larger ones in figures.
 *
 * @example countInProse(2) === "hai"
 * @example countInProse(45) === "45"
 */
export function countInProse(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 10 ? numberInWords(n) : formatViNumber(n);
}
