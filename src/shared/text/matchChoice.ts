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
 * normalizeLabel (case, diacritics, spacing). Returns null when nothing matches or when several
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
  const want = normalizeLabel(s);
  if (want === "") return null;
  const list = normalizedChoices(choices);
  let found: string | null = null;
  for (let i = 0; i < list.length; i++) {
    if (list[i] !== want) continue;
    if (found !== null && found !== choices[i]) return null;
    found = choices[i];
  }
  return found;
}
