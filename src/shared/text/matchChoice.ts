import { convertLegacyText } from "./legacy";
import { normalizeLabel } from "./normalizeLabel";

/** Normalized forms of each choice list, computed once per list (the reader reuses lists). */
const cache = new WeakMap<readonly string[], { source: string[]; normalized: string[] }>();

function normalizedChoices(choices: readonly string[]): string[] {
  const hit = cache.get(choices);
  if (hit && hit.source.length === choices.length && hit.source.every((c, i) => c === choices[i])) {
    return hit.normalized;
  }
  const entry = { source: [...choices], normalized: choices.map(normalizeLabel) };
  cache.set(choices, entry);
  return entry.normalized;
}

/**
 * Finds the canonical choice a typed value means: exact (NFC, trimmed) first, else equal after
 * normalizeLabel (case, diacritics, spacing), else the same for the text read as TCVN3 or VNI.
 * Returns null when nothing matches or when several
 * choices normalize alike ("Cổ" and "Có"), because guessing between them would be wrong.
 *
 * @example matchChoice("  hoàn THÀNH ", ["Hoàn thành", "Chưa hoàn thành"]) === "Hoàn thành"
 * @example matchChoice("chua hoan thanh", ["Hoàn thành", "Chưa hoàn thành"]) === "Chưa hoàn thành"
 * @example matchChoice("Khác", ["Có", "Không"]) === null
 */
export function matchChoice(s: string, choices: string[]): string | null {
  if (typeof s !== "string" || !Array.isArray(choices) || choices.length === 0) return null;
  const exact = s.normalize("NFC").trim();
  for (const choice of choices) {
    if (typeof choice === "string" && choice.normalize("NFC").trim() === exact) return choice;
  }
  const list = normalizedChoices(choices);
  const found = matchNormalized(normalizeLabel(s), choices, list);
  if (found !== undefined || !NON_ASCII.test(s)) return found ?? null;
  // A short legacy-font cell ("Hoµn thµnh") that fixLegacyText could not be sure of: the choice
  // list is closed, so accept it when exactly one encoding turns it into exactly one choice.
  let legacy: string | null = null;
  for (const enc of ["tcvn3", "vni"] as const) {
    const converted = convertLegacyText(s, enc);
    if (converted === s) continue;
    const hit = matchNormalized(normalizeLabel(converted), choices, list);
    if (hit === undefined) continue;
    if (hit === null || (legacy !== null && legacy !== hit)) return null;
    legacy = hit;
  }
  return legacy;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** The one choice whose normalized form is `want`; null if several; undefined if none. */
function matchNormalized(
  want: string,
  choices: string[],
  list: string[],
): string | null | undefined {
  if (want === "") return undefined;
  let found: string | undefined;
  for (let i = 0; i < list.length; i++) {
    if (list[i] !== want) continue;
    if (found !== undefined && found !== choices[i]) return null;
    found = choices[i];
  }
  return found;
}
