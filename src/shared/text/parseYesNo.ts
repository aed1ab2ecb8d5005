import { convertLegacyText } from "./legacy";
import { normalizeLabel } from "./normalizeLabel";

/** Yes/no words (after normalizeLabel, so "Có", "CÓ" and "co" all match). */
const YES = new Set(["co", "x", "v", "✓", "✔", "☑", "☒", "1", "yes", "y", "true", "dung"]);
const NO = new Set(["khong", "0", "no", "n", "false", "sai"]);

/**
 * Reads a yes/no cell. Accepts Vietnamese and English yes/no words, a tick or an "x" as yes,
 * 1/0, booleans and Excel's TRUE/FALSE (including Vietnamese Excel's ĐÚNG/SAI), also typed in a
 * legacy font ("Cã", "Kh«ng", "Coù"). Returns null for
 * empty cells and for anything else, including "-" (which units use for "not applicable").
 *
 * @example parseYesNo("Có") === true
 * @example parseYesNo("KHÔNG") === false
 * @example parseYesNo("x") === true
 * @example parseYesNo("-") === null
 */
export function parseYesNo(s: string | number | boolean): boolean | null {
  if (typeof s === "boolean") return s;
  if (typeof s === "number") return s === 1 ? true : s === 0 ? false : null;
  if (typeof s !== "string") return null;
  const t = normalizeLabel(s);
  if (t === "") return null;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return legacyYesNo(s);
}

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * A one-word legacy cell ("Cã" is TCVN3 for "Có") is too short for fixLegacyText to be sure of,
 * but the yes/no vocabulary is closed: accept it when exactly one encoding reads it as yes/no.
 */
function legacyYesNo(s: string): boolean | null {
  if (!NON_ASCII.test(s)) return null;
  let answer: boolean | null = null;
  for (const enc of ["tcvn3", "vni"] as const) {
    const t = normalizeLabel(convertLegacyText(s, enc));
    const b = YES.has(t) ? true : NO.has(t) ? false : null;
    if (b === null) continue;
    if (answer !== null && answer !== b) return null;
    answer = b;
  }
  return answer;
}
