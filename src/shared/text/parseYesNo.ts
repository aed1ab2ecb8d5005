import { normalizeLabel } from "./normalizeLabel";

/** Yes/no words (after normalizeLabel, so "Có", "CÓ" and "co" all match). */
const YES = new Set(["co", "x", "v", "✓", "✔", "☑", "☒", "1", "yes", "y", "true", "dung"]);
const NO = new Set(["khong", "0", "no", "n", "false", "sai"]);

/**
 * Reads a yes/no cell. Accepts Vietnamese and English yes/no words, a tick or an "x" as yes,
 * 1/0, booleans and Excel's TRUE/FALSE (including Vietnamese Excel's ĐÚNG/SAI). Returns null for
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
  return null;
}
