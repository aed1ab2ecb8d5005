/** How a number typed as text was read; the caller shows it in its warning. */
export type NumberInterpretation = "plain" | "vi" | "en" | "ambiguous";

export interface ParsedNumberText {
  value: number;
  interpretation: NumberInterpretation;
  percent: boolean;
  /** Only when ambiguous: the English reading ("1,234" → 1234), signed like `value`. */
  alternative?: number;
}

const DOT = 1;
const COMMA = 2;
const SPACE = 3;

/** Separator kinds and digit-group lengths of the body being read (no allocation per call). */
const MAX_SEPARATORS = 64;
const sepKinds = new Int8Array(MAX_SEPARATORS);
const groupLens = new Int32Array(MAX_SEPARATORS + 1);
const groupStarts = new Int32Array(MAX_SEPARATORS + 1);

function isEdgeSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Spaces that may separate thousands: space, NBSP, figure, thin, hair and narrow NBSP. */
function isGroupSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x2007 || c === 0x2009 || c === 0x200a || c === 0x202f;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Thousands grouping: 1–3 digits not starting with 0, then groups of exactly 3. */
function validGrouping(s: string, groups: number): boolean {
  const first = groupLens[0];
  if (first < 1 || first > 3) return false;
  if (s.charCodeAt(groupStarts[0]) === 0x30) return false;
  for (let g = 1; g < groups; g++) if (groupLens[g] !== 3) return false;
  return true;
}

/** Digits of groups [0, upto) joined, then "." and the decimal group when given. */
function digitsOf(s: string, upto: number, decimal: number): string {
  let out = "";
  for (let g = 0; g < upto; g++) out += s.slice(groupStarts[g], groupStarts[g] + groupLens[g]);
  if (decimal >= 0)
    out += "." + s.slice(groupStarts[decimal], groupStarts[decimal] + groupLens[decimal]);
  return out;
}

function result(
  digits: string,
  negative: boolean,
  interpretation: NumberInterpretation,
  percent: boolean,
): ParsedNumberText | null {
  const n = Number(digits);
  if (!Number.isFinite(n)) return null;
  const value = negative && n !== 0 ? -n : n;
  return { value, interpretation, percent };
}

/**
 * Reads a number typed as text, Vietnamese writing first. Surrounding spaces (NBSP, thin…) are
 * ignored; a sign (+, -, −) or accounting parentheses "(3)" give the sign; a trailing "%" sets
 * `percent` (the value stays as written: "95,5%" → 95.5). Anything else gives null.
 *
 * How separators are read (`interpretation`):
 *
 * | text          | value    | interpretation | why                                         |
 * |---------------|----------|----------------|---------------------------------------------|
 * | "12", "1 234" | 12, 1234 | plain          | digits only, or spaces between 3-digit groups |
 * | "1.234"       | 1234     | vi             | one dot then exactly 3 digits: thousands    |
 * | "1.234.567"   | 1234567  | vi             | dots between 3-digit groups                 |
 * | "12,5"        | 12.5     | vi             | comma then not 3 digits: decimal            |
 * | "0,123"       | 0.123    | vi             | integer part 0 cannot be thousands          |
 * | "1.234,5"     | 1234.5   | vi             | dot thousands, comma decimal                |
 * | "1 234,5"     | 1234.5   | vi             | space thousands, comma decimal              |
 * | "1.5", ".5"   | 1.5, 0.5 | en             | dot then not 3 digits: only a decimal point |
 * | "0.123"       | 0.123    | en             | integer part 0 cannot be thousands          |
 * | "1,234,567"   | 1234567  | en             | several commas: thousands                   |
 * | "1,234.5"     | 1234.5   | en             | comma thousands, dot decimal                |
 * | "1.5E+3"      | 1500     | en             | exponent (no dot: plain)                    |
 * | "1,234"       | 1.234    | ambiguous      | vi 1,234 or en 1234: `alternative` is 1234  |
 *
 * So `parseNumberText(String(n))` returns n for integers, and
 * `parseNumberText(n.toLocaleString("vi-VN"))` returns n. Note that `String(1.234)` reads as
 * 1234 (vi): a dot followed by exactly three digits is thousands in Vietnamese writing.
 * Null: "", "abc", "12a", "1.2.3,4,5", "1..2", "1.", "12 5", "- 3", "1,234.567,8".
 *
 * @example parseNumberText("1.234,5") → { value: 1234.5, interpretation: "vi", percent: false }
 * @example parseNumberText("95,5%") → { value: 95.5, interpretation: "vi", percent: true }
 * @example parseNumberText("(3)") → { value: -3, interpretation: "plain", percent: false }
 * @example parseNumberText("1,234") → { value: 1.234, interpretation: "ambiguous", percent: false, alternative: 1234 }
 */
export function parseNumberText(s: string): ParsedNumberText | null {
  if (typeof s !== "string") return null;
  let i = 0;
  let j = s.length;
  while (i < j && isEdgeSpace(s.charCodeAt(i))) i++;
  while (j > i && isEdgeSpace(s.charCodeAt(j - 1))) j--;
  if (i >= j) return null;

  let percent = false;
  let negative = false;
  if (s.charCodeAt(j - 1) === 0x25 /* % */) {
    percent = true;
    j--;
    while (j > i && isEdgeSpace(s.charCodeAt(j - 1))) j--;
  }
  if (j - i >= 3 && s.charCodeAt(i) === 0x28 /* ( */ && s.charCodeAt(j - 1) === 0x29 /* ) */) {
    negative = true;
    i++;
    j--;
    if (!percent && s.charCodeAt(j - 1) === 0x25) {
      percent = true;
      j--;
    }
  }
  if (i >= j) return null;
  const signCode = s.charCodeAt(i);
  if (signCode === 0x2b /* + */ || signCode === 0x2d /* - */ || signCode === 0x2212) {
    if (negative) return null;
    negative = signCode !== 0x2b;
    i++;
  }
  if (i >= j) return null;

  // Fast path: digits only.
  let k = i;
  while (k < j && isDigit(s.charCodeAt(k))) k++;
  if (k === j) return result(s.slice(i, j), negative, "plain", percent);

  let seps = 0;
  let groupStart = i;
  let exponentAt = -1;
  for (k = i; k < j; k++) {
    const c = s.charCodeAt(k);
    if (isDigit(c)) continue;
    let kind: number;
    if (c === 0x2e) kind = DOT;
    else if (c === 0x2c) kind = COMMA;
    else if (isGroupSpace(c)) kind = SPACE;
    else if (c === 0x65 || c === 0x45) {
      exponentAt = k;
      break;
    } else return null;
    if (seps >= MAX_SEPARATORS) return null;
    groupStarts[seps] = groupStart;
    groupLens[seps] = k - groupStart;
    sepKinds[seps] = kind;
    seps++;
    groupStart = k + 1;
  }
  const bodyEnd = exponentAt >= 0 ? exponentAt : j;
  groupStarts[seps] = groupStart;
  groupLens[seps] = bodyEnd - groupStart;
  const groups = seps + 1;
  const lastLen = groupLens[seps];
  if (lastLen === 0) return null;
  // Only the first group may be empty, and only before a single decimal separator (".5").
  for (let g = 1; g < seps; g++) if (groupLens[g] === 0) return null;
  if (groupLens[0] === 0 && (seps !== 1 || sepKinds[0] === SPACE)) return null;

  if (exponentAt >= 0) {
    let e = exponentAt + 1;
    const ec = s.charCodeAt(e);
    if (ec === 0x2b || ec === 0x2d) e++;
    if (e >= j) return null;
    for (let x = e; x < j; x++) if (!isDigit(s.charCodeAt(x))) return null;
    if (seps > 1 || (seps === 1 && sepKinds[0] !== DOT)) return null;
    const mantissa = seps === 0 ? digitsOf(s, 1, -1) : digitsOf(s, 1, 1);
    return result(
      mantissa + "e" + s.slice(exponentAt + 1, j),
      negative,
      seps ? "en" : "plain",
      percent,
    );
  }
  if (seps === 0) return result(digitsOf(s, 1, -1), negative, "plain", percent);

  const last = sepKinds[seps - 1];
  let same = true;
  for (let g = 0; g < seps - 1; g++) if (sepKinds[g] !== last) same = false;

  if (same) {
    if (last === SPACE) {
      return validGrouping(s, groups)
        ? result(digitsOf(s, groups, -1), negative, "plain", percent)
        : null;
    }
    if (seps > 1) {
      if (!validGrouping(s, groups)) return null;
      return result(digitsOf(s, groups, -1), negative, last === DOT ? "vi" : "en", percent);
    }
    if (lastLen === 3 && validGrouping(s, groups)) {
      if (last === DOT) return result(digitsOf(s, groups, -1), negative, "vi", percent);
      const parsed = result(digitsOf(s, 1, 1), negative, "ambiguous", percent);
      const english = Number(digitsOf(s, groups, -1));
      if (parsed) parsed.alternative = negative ? -english : english;
      return parsed;
    }
    return result(digitsOf(s, 1, 1), negative, last === DOT ? "en" : "vi", percent);
  }

  // Mixed: thousands of one kind, then one decimal separator of the other.
  if (last === SPACE) return null;
  const thousands = sepKinds[0];
  if (thousands === last) return null;
  for (let g = 1; g < seps - 1; g++) if (sepKinds[g] !== thousands) return null;
  if (!validGrouping(s, seps)) return null;
  return result(digitsOf(s, seps, seps), negative, last === COMMA ? "vi" : "en", percent);
}
