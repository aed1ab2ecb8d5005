import type { Campaign, Finding, FindingCode } from "../model";

/** One unit's findings to send back, in the order the checks gave them. */
export interface FeedbackUnit {
  /** Unit code, or the file name when no unit could be identified. */
  unit: string;
  /** "Chi bộ …" from the registry, when the unit is in it. */
  unitName?: string;
  /** The file the findings are about (the one the unit should correct). */
  file?: string;
  findings: Finding[];
}

/**
 * Findings that are not the unit's to correct: it sent nothing (a reminder, not feedback), the
 * office chose to leave it out, or it reports through its đảng bộ.
 */
const NOT_FOR_UNIT: ReadonlySet<FindingCode> = new Set(["W_MISSING", "W_EXCLUDED"]);

/**
 * The units to send feedback to: every unit with an error or a warning it can act on, with
 * those findings (information lines such as I_FORMULA_TEXT are left out). A unit whose file had
 * no such finding gets nothing.
 *
 * @example feedbackUnits(check.findings, campaign).map((u) => u.unit) // ["CBCS03", "DBCS07", …]
 */
export function feedbackUnits(findings: Finding[], campaign: Campaign): FeedbackUnit[] {
  const names = new Map(campaign.units.map((u) => [u.code, u.name]));
  const byUnit = new Map<string, FeedbackUnit>();
  for (const f of findings) {
    if (f.severity === "info" || NOT_FOR_UNIT.has(f.code)) continue;
    let entry = byUnit.get(f.unit);
    if (!entry) {
      entry = { unit: f.unit, findings: [] };
      const name = names.get(f.unit);
      if (name) entry.unitName = name;
      byUnit.set(f.unit, entry);
    }
    entry.file ??= f.file;
    entry.findings.push(f);
  }
  return [...byUnit.values()];
}

/**
 * The file name of a unit's feedback workbook: ASCII letters, digits and dashes only, so it
 * survives e-mail and any file system.
 *
 * @example feedbackFileName("CBCS01") === "phan-hoi-CBCS01.xlsx"
 * @example feedbackFileName("Báo cáo (1).xlsx") === "phan-hoi-Bao-cao-1.xlsx"
 */
export function feedbackFileName(unit: string): string {
  const base = unit
    .replace(/\.[A-Za-z0-9]{2,4}$/, "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"))
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `phan-hoi-${base || "don-vi"}.xlsx`;
}
