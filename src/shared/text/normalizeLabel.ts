import { memoizeText } from "./memoizeText";

const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{Mn}+/gu;
const D_STROKE = /[đð]/g;
const DASHES = /[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const STARS = /\*+/g;
const EMPTY_BRACKETS = /[([{]\s*[)\]}]/g;
const SPACES = /\s+/g;
/** Bullets, quotes and trailing separators that are layout, not meaning. */
const EDGE_START = /^[\s\-+•·◦▪‣∙.,;:'"“”‘’«»]+/;
const EDGE_END = /[\s\-.,;:'"“”‘’«»]+$/;

/** Case, diacritics, đ, dashes and invisible characters folded; spacing untouched. */
function foldCharacters(t: string): string {
  return t
    .normalize("NFD")
    .toLowerCase()
    .replace(MARKS, "")
    .replace(D_STROKE, "d")
    .replace(DASHES, "-")
    .replace(INVISIBLE, "")
    .normalize("NFC");
}

const SPACE_CHAR = /^\s$/;

const UNKNOWN = -1;
const SKIP = -2;
const SPACE = -3;
const STAR = -4;

/**
 * Per-character fold for the scripts labels are written in (Latin, combining marks, Vietnamese,
 * general punctuation), so the common case is one pass without normalize() or regexes: the
 * folded code, or SKIP/SPACE/STAR; UNKNOWN sends the text down the general path.
 */
const FOLD = new Int32Array(0x2213).fill(UNKNOWN);
for (const [from, to] of [
  [0x0000, 0x024f],
  [0x0300, 0x036f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
  [0x2212, 0x2212],
]) {
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    const f = foldCharacters(ch);
    if (SPACE_CHAR.test(ch)) FOLD[c] = SPACE;
    else if (ch === "*") FOLD[c] = STAR;
    else if (f === "") FOLD[c] = SKIP;
    else if (f.length === 1) FOLD[c] = f.charCodeAt(0);
  }
}

/** Characters the edge trimming may remove; the regexes run only when one is at an edge. */
const EDGE_CODES = new Set([..."-+•·◦▪‣∙.,;:'\"“”‘’«»"].map((c) => c.charCodeAt(0)));

/** Output buffer reused across calls (labels are short; longer text takes the general path). */
const buffer = new Uint16Array(512);

/** Footnote markers: once stars are gone, "(*)" leaves "()", itself dropped. */
function dropEmptyBrackets(t: string): string {
  let before: string;
  do {
    before = t;
    t = t.replace(EMPTY_BRACKETS, " ");
  } while (t !== before);
  return t;
}

function slowNormalizeLabel(s: string): string {
  let t = NON_ASCII.test(s) ? foldCharacters(s) : s.toLowerCase();
  if (t.indexOf("*") >= 0) t = dropEmptyBrackets(t.replace(STARS, ""));
  return t.replace(SPACES, " ").replace(EDGE_START, "").replace(EDGE_END, "");
}

/**
 * Normalizes a label for anchoring (matching a hand-edited cell to the template's text):
 * NFC-insensitive, diacritics removed (đ → d), lower-case, every run of whitespace (NBSP, tab,
 * newline…) collapsed to one space, dashes unified to "-", footnote stars such as "(*)" dropped,
 * and leading bullets and trailing ":" or "." trimmed. Idempotent.
 *
 * @example normalizeLabel("  Số  cuộc\u00a0HỘI NGHỊ: ") === "so cuoc hoi nghi"
 * @example normalizeLabel("Số cuộc hội nghị".normalize("NFD")) === "so cuoc hoi nghi"
 * @example normalizeLabel("- Đảng viên mới (*)") === "dang vien moi"
 * @example normalizeLabel("Quý I – 2025") === "quy i - 2025"
 */
export function normalizeLabel(s: string): string {
  if (typeof s !== "string") return "";
  return cachedFold(s);
}

/** Labels repeat across units' workbooks: each distinct text is folded once. */
const cachedFold = memoizeText(foldLabel);

/**
 * normalizeLabel without its cache, for texts that will not come again (a unit's figures):
 * caching them would only crowd out the labels that do.
 *
 * @example foldLabel("1.234.") === "1.234"
 */
export function foldLabel(s: string): string {
  if (s.length > buffer.length) return slowNormalizeLabel(s);
  let n = 0;
  let space = false;
  let stars = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = c < FOLD.length ? FOLD[c] : UNKNOWN;
    if (f >= 0) {
      if (space) {
        buffer[n++] = 0x20;
        space = false;
      }
      buffer[n++] = f;
    } else if (f === SPACE) space = n > 0;
    else if (f === STAR) stars = true;
    else if (f === UNKNOWN) return slowNormalizeLabel(s);
  }
  if (n === 0) return "";
  let out = String.fromCharCode.apply(null, buffer.subarray(0, n) as unknown as number[]);
  if (stars) {
    return dropEmptyBrackets(out)
      .replace(SPACES, " ")
      .replace(EDGE_START, "")
      .replace(EDGE_END, "");
  }
  if (EDGE_CODES.has(out.charCodeAt(0))) out = out.replace(EDGE_START, "");
  if (EDGE_CODES.has(out.charCodeAt(out.length - 1))) out = out.replace(EDGE_END, "");
  return out;
}
