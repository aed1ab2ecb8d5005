/** Characters Excel (and other spreadsheets) read as the start of a formula. */
const FORMULA_START = new Set(["=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20"]);

/** Leading characters skipped before looking for a formula start. */
const SKIPPED = new Set([" ", "\t", "\r", "\n", "\u00a0", "\u3000"]);

/**
 * Whether text written into a cell could be taken as a formula, so the writer must force it to
 * text (formula injection guard). True when the first character after any leading whitespace
 * is `=`, `+`, `-` or `@` (or their full-width forms, which East Asian IMEs produce and Excel
 * also accepts). A leading tab or carriage return alone is also flagged, as OWASP advises for
 * CSV injection, since some importers strip it and then evaluate what follows.
 *
 * @example startsLikeFormula("=SUM(A1:A3)") === true
 * @example startsLikeFormula("  @cmd") === true
 * @example startsLikeFormula("Hà Nội") === false
 */
export function startsLikeFormula(s: string): boolean {
  if (typeof s !== "string" || s.length === 0) return false;
  const first = s[0];
  if (first === "\t" || first === "\r") return true;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (SKIPPED.has(ch)) continue;
    return FORMULA_START.has(ch);
  }
  return false;
}
