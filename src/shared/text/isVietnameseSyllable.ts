/** Tone marks (combining) and their number: 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. */
const TONE_MARKS: Record<string, number> = {
  "\u0301": 1,
  "\u0300": 2,
  "\u0309": 3,
  "\u0303": 4,
  "\u0323": 5,
};

/** Every lower-case Vietnamese letter with a tone → [toneless letter, tone]. */
const TONED = new Map<string, [string, number]>();
for (const base of ["a", "â", "ă", "e", "ê", "o", "ô", "ơ", "u", "ư", "i", "y"]) {
  for (const [mark, tone] of Object.entries(TONE_MARKS)) {
    TONED.set((base + mark).normalize("NFC"), [base, tone]);
  }
}
const PLAIN = new Set("abcdefghijklmnopqrstuvwxyzâăêôơưđ");

/**
 * Toneless syllable: onset, vowel nucleus (with its medial glide), coda. Alternatives are
 * ordered so backtracking finds "gi" + "a" as well as "g" + "ia".
 */
const SYLLABLE = new RegExp(
  "^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?" +
    "(iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|" +
    "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|" +
    "[aăâeêioôơuưy])" +
    "(ch|ng|nh|[cmnpt])?$",
);
/** Nuclei that cannot end a syllable without a coda (ă, â, iê…; "oo" only in "xoong", "moóc"). */
const NEEDS_CODA = new Set(["ă", "â", "oă", "uâ", "iê", "yê", "uyê", "uô", "ươ", "oo"]);
/** The only nuclei before the codas -nh and -ch: anh, ênh, inh, oanh, uênh, uynh (and ach…). */
const BEFORE_NH = new Set(["a", "ê", "i", "oa", "uê", "uy"]);
/** Vowels with a modifier: the tone mark sits on them (on ơ in ươ). */
const MODIFIED = /[ăâêôơư]/g;
/** Two-vowel nuclei whose tone sits on either vowel without a coda ("hóa" and "hoá"). */
const EITHER = new Set(["oa", "oe", "uy"]);
/** Nuclei that end in a glide and so take no coda. */
const GLIDE_END = /[iyou]$/;
/** …except these, whose last letter is a vowel, not a glide ("huynh", "xoong"). */
const CODA_OK = new Set(["uy", "oo"]);
const FRONT = /^[eêiy]/;

/**
 * Whether a word is one well-formed Vietnamese syllable (any case, NFC): at most one tone, a
 * valid onset + nucleus + coda, stop codas (c, ch, p, t) only with sắc or nặng, and the c/k,
 * g/gh, ng/ngh spelling rules. Used to tell legacy-encoded text from ordinary Latin-1 text.
 *
 * @example isVietnameseSyllable("Nội") === true
 * @example isVietnameseSyllable("cafộ") === false
 * @example isVietnameseSyllable("nạve") === false
 */
export function isVietnameseSyllable(word: string): boolean {
  if (typeof word !== "string" || word.length === 0 || word.length > 8) return false;
  const lower = word.toLowerCase();
  let bare = "";
  let tone = 0;
  let toneAt = -1;
  for (const ch of lower) {
    const toned = TONED.get(ch);
    if (toned) {
      if (tone !== 0) return false;
      tone = toned[1];
      toneAt = bare.length;
      bare += toned[0];
    } else if (PLAIN.has(ch)) bare += ch;
    else return false;
  }
  const m = SYLLABLE.exec(bare);
  if (!m) return false;
  const onset = m[1] ?? "";
  const nucleus = m[2];
  const coda = m[3] ?? "";
  if (coda === "" && NEEDS_CODA.has(nucleus)) return false;
  if ((coda === "nh" || coda === "ch") && !BEFORE_NH.has(nucleus)) return false;
  // A lone y takes no coda ("in", "ình" are spelt with i); qu is already rounded ("quốc", not "quoác").
  if (nucleus === "y" && coda !== "") return false;
  if (nucleus === "oo" && coda !== "ng" && coda !== "c") return false;
  if (onset === "qu" && (nucleus[0] === "o" || nucleus[0] === "u")) return false;
  if (tone !== 0 && !toneFits(nucleus, coda, toneAt - onset.length)) return false;
  if (coda !== "" && nucleus.length > 1 && GLIDE_END.test(nucleus) && !CODA_OK.has(nucleus)) {
    return false;
  }
  if ((coda === "c" || coda === "ch" || coda === "p" || coda === "t") && tone !== 1 && tone !== 5) {
    return false;
  }
  const front = FRONT.test(nucleus);
  if (onset === "k" || onset === "gh" || onset === "ngh") return front;
  if ((onset === "c" || onset === "ng") && front) return false;
  if (onset === "g" && (nucleus[0] === "e" || nucleus[0] === "ê")) return false;
  return true;
}

/**
 * Whether the tone mark sits where Vietnamese spelling puts it (old or new style): on the
 * modified vowel (ơ of ươ), else on the last vowel before a coda, on the middle one of three, on
 * either of oa/oe/uy, on the first of any other pair. A legacy text read in the wrong encoding
 * often puts it elsewhere ("Leõ" for VNI "Leâ").
 */
function toneFits(nucleus: string, coda: string, at: number): boolean {
  const modified = [...nucleus.matchAll(MODIFIED)].map((m) => m.index);
  if (modified.length > 0) return at === modified[modified.length - 1];
  if (nucleus.length === 1) return at === 0;
  if (nucleus.length === 3) return at === 1;
  if (coda !== "") return at === 1;
  return at === 0 || (at === 1 && EITHER.has(nucleus));
}
