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
  let t = s;
  const wide = NON_ASCII.test(t);
  if (wide) t = t.normalize("NFD");
  t = t.toLowerCase();
  if (wide) {
    t = t
      .replace(MARKS, "")
      .replace(D_STROKE, "d")
      .replace(DASHES, "-")
      .replace(INVISIBLE, "")
      .normalize("NFC");
  }
  if (t.indexOf("*") >= 0) {
    t = t.replace(STARS, "");
    let before: string;
    do {
      before = t;
      t = t.replace(EMPTY_BRACKETS, " ");
    } while (t !== before);
  }
  return t.replace(SPACES, " ").replace(EDGE_START, "").replace(EDGE_END, "");
}
