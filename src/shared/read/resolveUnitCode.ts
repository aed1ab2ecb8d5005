import type { Unit } from "../model";

/**
 * Which unit sent a workbook: the code written in the info sheet, else the code the template was
 * made for (meta sheet), else a registry code appearing as a word in the file name
 * ("CBCS07 - bao cao.xlsx"), the longest such code winning. Undefined when none applies.
 *
 * @example resolveUnitCode({ fileName: "PL_cbcs07.xlsx" }, units) === "CBCS07"
 */
export function resolveUnitCode(
  hints: { infoCode?: string; metaCode?: string; fileName: string },
  units: Unit[],
): string | undefined {
  const known = registryCodes(units);
  for (const hint of [hints.infoCode, hints.metaCode]) {
    const code = hint?.trim();
    if (code) return known.get(code.toUpperCase()) ?? code;
  }
  const words = new Set(
    hints.fileName
      .toUpperCase()
      .split(/[^A-Z0-9]+/)
      .filter(Boolean),
  );
  let best: string | undefined;
  for (const [upper, code] of known) {
    if (words.has(upper) && (!best || code.length > best.length)) best = code;
  }
  return best;
}

/** Upper-cased code → registry code, built once per registry (one lookup per file, not N). */
const codesByRegistry = new WeakMap<Unit[], Map<string, string>>();

function registryCodes(units: Unit[]): Map<string, string> {
  let known = codesByRegistry.get(units);
  if (!known) {
    known = new Map(units.map((u) => [u.code.toUpperCase(), u.code]));
    codesByRegistry.set(units, known);
  }
  return known;
}
