import { isCommonSyllable } from "./commonSyllables";
import { isVietnameseSyllable } from "./isVietnameseSyllable";
import { TCVN3, TCVN3_WORD_ONLY, VNI } from "./legacyTables";
import { memoizeText } from "./memoizeText";

export type LegacyEncoding = "tcvn3" | "vni";

/** TCVN 5712 capitals stored in the C0 control range: word characters, not separators. */
const C0_LETTERS = new Set([
  0x01, 0x02, 0x04, 0x05, 0x06, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17,
]);

/** Windows-1252 shapes that are letters in TCVN3 words: "‰" is Ẽ, "†" is Ậ, "‡" is È. */
const LETTER_SHAPES = new Set([0x2030, 0x2020, 0x2021]);

/**
 * Word boundaries regardless of context: whitespace, ASCII punctuation and digits (legacy
 * codes are all ≥ 0x80) and general punctuation.
 */
function isBasicSeparator(c: number): boolean {
  if (c < 0x20) return !C0_LETTERS.has(c);
  return (
    c <= 0x40 ||
    (c >= 0x5b && c <= 0x60) ||
    (c >= 0x7b && c <= 0x7f) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x206f && !LETTER_SHAPES.has(c)) ||
    c === 0x3000
  );
}

function isBasicWordChar(s: string, i: number): boolean {
  return i >= 0 && i < s.length && !isBasicSeparator(s.charCodeAt(i));
}

/**
 * Whether s[i] separates words. Quotes and dashes that TCVN3 uses for capitals ("H—I" is HỘI)
 * count as letters only between two letters, so "“§¶ng”" and "a – b" keep their punctuation.
 */
function isSeparatorAt(s: string, i: number): boolean {
  if (TCVN3_WORD_ONLY.has(s[i])) return !(isBasicWordChar(s, i - 1) && isBasicWordChar(s, i + 1));
  return isBasicSeparator(s.charCodeAt(i));
}

/**
 * Letters only Unicode Vietnamese text has (ă đ ĩ ũ ơ ư, the U+1EA0 block) and combining marks:
 * a legacy text never contains them.
 */
function isModern(c: number): boolean {
  return (
    c === 0x102 ||
    c === 0x103 ||
    c === 0x110 ||
    c === 0x111 ||
    c === 0x128 ||
    c === 0x129 ||
    c === 0x168 ||
    c === 0x169 ||
    c === 0x1a0 ||
    c === 0x1a1 ||
    c === 0x1af ||
    c === 0x1b0 ||
    (c >= 0x1ea0 && c <= 0x1ef9) ||
    (c >= 0x300 && c <= 0x36f)
  );
}

/** Whether the text could be legacy-encoded at all: some non-ASCII, nothing modern. */
function mayBeLegacy(s: string): boolean {
  let wide = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (isModern(c)) return false;
    wide = true;
  }
  return wide;
}

/** Splits into words (runs of non-separators). */
function wordsOf(s: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const sep = i === s.length || isSeparatorAt(s, i);
    if (!sep && start < 0) start = i;
    else if (sep && start >= 0) {
      words.push(s.slice(start, i));
      start = -1;
    }
  }
  return words;
}

function convertTcvn3(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const uni = TCVN3.decode.get(ch);
    if (uni === undefined) out += ch;
    else if (TCVN3_WORD_ONLY.has(ch) && isSeparatorAt(s, i)) out += ch;
    else out += uni;
  }
  return out;
}

function convertVni(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (i + 1 < s.length) {
      const two = VNI.pair.get(ch + s[i + 1]);
      if (two !== undefined) {
        out += two;
        i++;
        continue;
      }
    }
    out += VNI.single.get(ch) ?? ch;
  }
  return out;
}

/**
 * Converts text typed in a legacy Vietnamese font to Unicode (NFC), unconditionally: use
 * fixLegacyText to convert only when the text really is legacy-encoded.
 *
 * @example convertLegacyText("Hµ Néi", "tcvn3") === "Hà Nội"
 * @example convertLegacyText("Ñaûng boä", "vni") === "Đảng bộ"
 */
export function convertLegacyText(s: string, enc: LegacyEncoding): string {
  if (typeof s !== "string") return "";
  return enc === "vni" ? convertVni(s) : convertTcvn3(s);
}

interface Evidence {
  /** Words the conversion changes that become valid syllables. */
  fixed: number;
  /** Words the conversion changes. */
  changed: number;
  /** Changed words that were already valid syllables before. */
  validBefore: number;
  /** Words with letters, and how many are valid syllables after conversion. */
  words: number;
  validAfter: number;
  /** Changed words that become very common syllables ("Lộc", not "Loọc"). */
  common: number;
}

/** Upper-case initials such as "UBND": neither for nor against an encoding. */
const INITIALS = /^[A-Z]{2,}$/;
/** Initials with Đ ("HĐND", "ĐVT", "BCĐ"): Vietnamese, though not syllables. */
const D_INITIALS = /^(?=[A-ZĐ]{2,6}$)[^AEIOUY]*[AEIOUY]?[^AEIOUY]*$/;

function isVietnameseWord(word: string): boolean {
  return isVietnameseSyllable(word) || (word.includes("Đ") && D_INITIALS.test(word));
}

function evidence(words: string[], enc: LegacyEncoding): Evidence {
  const e: Evidence = { fixed: 0, changed: 0, validBefore: 0, words: 0, validAfter: 0, common: 0 };
  for (const word of words) {
    if (word === "" || INITIALS.test(word)) continue;
    const verdict = verdictsOf(word)[enc === "tcvn3" ? 0 : 1];
    e.words++;
    if (verdict.validAfter) e.validAfter++;
    if (!verdict.changed) continue;
    e.changed++;
    if (verdict.validAfter) e.fixed++;
    if (verdict.commonAfter) e.common++;
    if (verdict.validBefore) e.validBefore++;
  }
  return e;
}

/** What one word says of an encoding: whether converting changes it, and which reads as Vietnamese. */
interface WordVerdict {
  changed: boolean;
  validAfter: boolean;
  /** Changed, and already a syllable before (a rare one turned common does not count: "Thò" → "Thị"). */
  validBefore: boolean;
  /** Changed into a very common syllable. */
  commonAfter: boolean;
}

/**
 * The word's verdicts for TCVN3 and VNI. They depend on the word alone, so they are cached: a
 * thousand units' names and notes share their syllables ("Lê Minh Châu" has only Latin-1 letters,
 * so every such text is judged word by word).
 */
const verdictsOf = memoizeText((word: string): [WordVerdict, WordVerdict] => [
  verdictOf(word, "tcvn3"),
  verdictOf(word, "vni"),
]);

function verdictOf(word: string, enc: LegacyEncoding): WordVerdict {
  const after = convertLegacyText(word, enc);
  const changed = after !== word;
  return {
    changed,
    commonAfter: changed && isCommonSyllable(after),
    validAfter: isVietnameseWord(after),
    validBefore:
      changed && isVietnameseWord(word) && !(isCommonSyllable(after) && !isCommonSyllable(word)),
  };
}

/** Confident: most changed words become syllables, more than before, and the text reads as Vietnamese. */
function confident(e: Evidence): boolean {
  return (
    e.fixed > 0 &&
    e.fixed * 4 >= e.changed * 3 &&
    e.fixed > e.validBefore &&
    e.validAfter * 5 >= e.words * 3
  );
}

/**
 * Repairs text typed with a legacy font (TCVN3/ABC or VNI) and pasted into a Unicode workbook.
 * Converts only when confident: the text has no Unicode-only Vietnamese letters, the characters
 * the encoding would change turn words into well-formed Vietnamese syllables (which they were
 * not before), and most words of the text then read as Vietnamese. Plain ASCII, modern
 * Unicode Vietnamese and ordinary Latin-1 text ("café", "naïve") are returned unchanged with
 * `encoding: null`. `hint`: the encoding other cells of the same workbook are confidently in (see
 * workbookLegacyEncoding); it settles a text that reads equally well in both encodings. A text
 * whose every legacy word is also a common Unicode word ("Hoà", VNI for "Hồ") is left as typed:
 * a real Unicode name must never be changed. Never throws.
 *
 * @example fixLegacyText("V¨n ho¸ c«ng së") → { text: "Văn hoá công sở", encoding: "tcvn3" }
 * @example fixLegacyText("Vaên hoùa") → { text: "Văn hóa", encoding: "vni" }
 * @example fixLegacyText("café") → { text: "café", encoding: null }
 * @example fixLegacyText("Leâ Thò Mai") → { text: "Lê Thị Mai", encoding: "vni" }
 */
export function fixLegacyText(
  s: string,
  hint?: LegacyEncoding,
): { text: string; encoding: LegacyEncoding | null } {
  if (typeof s !== "string") return { text: "", encoding: null };
  if (s.length > 10000 || !mayBeLegacy(s)) return { text: s, encoding: null };
  const words = wordsOf(s);
  const t = evidence(words, "tcvn3");
  const v = evidence(words, "vni");
  const tOk = confident(t);
  const vOk = confident(v);
  let enc: LegacyEncoding | null = null;
  if (tOk && vOk) {
    const tScore = t.validAfter - t.validBefore + t.common;
    const vScore = v.validAfter - v.validBefore + v.common;
    if (tScore !== vScore) enc = tScore > vScore ? "tcvn3" : "vni";
    else if (hint) enc = hint;
  } else if (tOk) enc = "tcvn3";
  else if (vOk) enc = "vni";
  return enc ? { text: convertLegacyText(s, enc), encoding: enc } : { text: s, encoding: null };
}

/**
 * The legacy encoding a text is confidently written in, or null (see fixLegacyText).
 *
 * @example detectLegacyEncoding("§¶ng bé") === "tcvn3"
 * @example detectLegacyEncoding("Đảng bộ") === null
 */
export function detectLegacyEncoding(s: string): LegacyEncoding | null {
  return fixLegacyText(s).encoding;
}
