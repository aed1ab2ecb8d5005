/**
 * Legacy Vietnamese 8-bit encodings as data, checked against public references:
 * - TCVN3 ("ABC", TCVN 5712:1993 VN3, fonts .VnTime/.VnArial): byte ↔ letter as in glibc's
 *   TCVN5712-1 charmap (`iconv -f TCVN5712-1`) and the TCVN table of xvnkb (Đào Hải Lâm, 2002).
 *   VN3 fonts hold the lower-case letters and Ă Â Ê Ô Ơ Ư Đ; the other capitals of the full
 *   standard (VN1) sit in the C0/C1 control ranges and a few unused Latin-1 slots.
 * - VNI Windows (fonts VNI-Times…): a base letter followed by a mark character, as in the VNI
 *   table of xvnkb; ơ, ư, đ, ỉ, ĩ, ị, ỵ are single characters.
 *
 * Text typed in these fonts and pasted into a Unicode workbook keeps the Latin-1 characters
 * (Windows-1252 for bytes 0x80–0x9F) that the font drew as Vietnamese letters.
 */

/** Tone order of every row below: none, sắc, huyền, hỏi, ngã, nặng. */
const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];

/** Vowel bases in row order; each row lists the base then its 5 toned forms. */
const BASES = ["a", "â", "ă", "e", "ê", "o", "ô", "ơ", "u", "ư", "i", "y"];

/** TCVN3 lower-case rows, same order as BASES (0xAD, soft hyphen, is ư). */
const TCVN3_LOWER = [
  "a¸µ¶·¹",
  "©ÊÇÈÉË",
  "¨¾»¼½Æ",
  "eÐÌÎÏÑ",
  "ªÕÒÓÔÖ",
  "oãßáâä",
  "«èåæçé",
  "¬íêëìî",
  "uóïñòô",
  "\u00adøõö÷ù",
  "iÝ×ØÜÞ",
  "yýúûüþ",
];

/** TCVN 5712 capitals; those outside Latin-1's printable range are written as escapes. */
const TCVN3_UPPER = [
  "A\u0083\u0080\u0081\u0082\u0084",
  "¢ÄÁÂÃ\u0086",
  "¡À¯º¿\u0085",
  "E\u008a\u0087\u0088\u0089\u008b",
  "£ÚÅÍÙ\u008c",
  "O\u0095\u0092\u0093\u0094\u0096",
  "¤ÿÛàð\u0097",
  "¥\u009b\u0098\u0099\u009a\u009c",
  "U\u0001\u009d\u009e\u009f\u0002",
  "¦\u0011\u0004\u0005\u0006\u0012",
  "I\u0090\u008d\u008e\u008f\u0091",
  "Y\u0016\u0013\u0014\u0015\u0017",
];

/** VNI lower-case rows, same order as BASES. */
const VNI_LOWER = [
  ["a", "aù", "aø", "aû", "aõ", "aï"],
  ["aâ", "aá", "aà", "aå", "aã", "aä"],
  ["aê", "aé", "aè", "aú", "aü", "aë"],
  ["e", "eù", "eø", "eû", "eõ", "eï"],
  ["eâ", "eá", "eà", "eå", "eã", "eä"],
  ["o", "où", "oø", "oû", "oõ", "oï"],
  ["oâ", "oá", "oà", "oå", "oã", "oä"],
  ["ô", "ôù", "ôø", "ôû", "ôõ", "ôï"],
  ["u", "uù", "uø", "uû", "uõ", "uï"],
  ["ö", "öù", "öø", "öû", "öõ", "öï"],
  ["i", "í", "ì", "æ", "ó", "ò"],
  ["y", "yù", "yø", "yû", "yõ", "î"],
];

/**
 * Windows-1252 shapes of the C1 bytes 0x80–0x9F, as they appear after a paste. Each maps to the
 * raw C1 code point's letter. The punctuation-like ones are only trusted inside a word.
 */
const CP1252_C1: Record<string, number> = {
  "€": 0x80,
  "‚": 0x82,
  ƒ: 0x83,
  "„": 0x84,
  "…": 0x85,
  "†": 0x86,
  "‡": 0x87,
  ˆ: 0x88,
  "‰": 0x89,
  Š: 0x8a,
  "‹": 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "•": 0x95,
  "–": 0x96,
  "—": 0x97,
  "˜": 0x98,
  "™": 0x99,
  š: 0x9a,
  "›": 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** Windows-1252 characters that are ordinary punctuation outside legacy words. */
export const TCVN3_WORD_ONLY = new Set([
  "‚",
  "„",
  "…",
  "‘",
  "’",
  "“",
  "”",
  "•",
  "–",
  "—",
  "‹",
  "›",
]);

function letter(base: string, tone: number): string {
  return (base + TONES[tone]).normalize("NFC");
}

function buildTcvn3(): { decode: Map<string, string>; encode: Map<string, string> } {
  const decode = new Map<string, string>();
  const encode = new Map<string, string>();
  const add = (code: string, uni: string) => {
    if (code !== uni) decode.set(code, uni);
    encode.set(uni, code);
  };
  BASES.forEach((base, row) => {
    for (let t = 0; t < 6; t++) {
      add(TCVN3_LOWER[row][t], letter(base, t));
      add(TCVN3_UPPER[row][t], letter(base.toUpperCase(), t));
    }
  });
  add("®", "đ");
  add("§", "Đ");
  for (const [shape, byte] of Object.entries(CP1252_C1)) {
    const uni = decode.get(String.fromCharCode(byte));
    if (uni) decode.set(shape, uni);
  }
  return { decode, encode };
}

function buildVni(): {
  single: Map<string, string>;
  pair: Map<string, string>;
  encode: Map<string, string>;
} {
  const single = new Map<string, string>();
  const pair = new Map<string, string>();
  const encode = new Map<string, string>();
  const add = (code: string, uni: string) => {
    encode.set(uni, code);
    if (code === uni) return;
    (code.length === 2 ? pair : single).set(code, uni);
  };
  BASES.forEach((base, row) => {
    for (let t = 0; t < 6; t++) {
      add(VNI_LOWER[row][t], letter(base, t));
      add(VNI_LOWER[row][t].toUpperCase(), letter(base.toUpperCase(), t));
    }
  });
  add("ñ", "đ");
  add("Ñ", "Đ");
  return { single, pair, encode };
}

/** TCVN3 character → Unicode letter (only characters that change). */
export const TCVN3 = buildTcvn3();

/** VNI: two-character sequences and single characters → Unicode letter; and the inverse. */
export const VNI = buildVni();
