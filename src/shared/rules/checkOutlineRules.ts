import type { IndicatorSheet, Outline } from "../model";
import { parseRule } from "./parseRule";
import { referencesOf } from "./referencesOf";

/** A problem with one rule of an outline. */
export interface OutlineRuleProblem {
  ruleId: string;
  /** Index of the rule in `outline.rules`. */
  index: number;
  vi: string;
  en: string;
  /** Offset in the expression, for syntax errors. */
  position?: number;
}

const NUMERIC = new Set(["integer", "decimal", "percent", "yesno"]);

/**
 * Checks that every rule of an outline parses and refers to existing indicator sheets, value
 * indicators (not headings) of a numeric type, and value columns. A reference to another sheet
 * without `@column` is looked up in the column being checked, so that sheet must have the same
 * columns as the rule's sheet, or a single column.
 *
 * @example checkOutlineRules(embeddedCampaign.outline) // []
 */
export function checkOutlineRules(outline: Outline): OutlineRuleProblem[] {
  const sheets = new Map(
    outline.sheets
      .filter((s): s is IndicatorSheet => s.kind === "indicators")
      .map((s) => [s.id, s]),
  );
  const problems: OutlineRuleProblem[] = [];
  outline.rules.forEach((rule, index) => {
    const report = (vi: string, en: string, position?: number) =>
      problems.push({
        ruleId: rule.id,
        index,
        vi,
        en,
        ...(position !== undefined ? { position } : {}),
      });
    const own = sheets.get(rule.sheet);
    if (!own) {
      report(
        `Quy tắc ${rule.id}: không có biểu chỉ tiêu ${rule.sheet}`,
        `Rule ${rule.id}: no indicator sheet ${rule.sheet}`,
      );
    }
    const parsed = parseRule(rule.expr);
    if (!parsed.ok) {
      const { vi, en, position } = parsed.error;
      report(
        `Quy tắc ${rule.id}, vị trí ${position + 1}: ${vi}`,
        `Rule ${rule.id}, position ${position + 1}: ${en}`,
        position,
      );
      return;
    }
    for (const ref of referencesOf(parsed.ast)) {
      const sheetId = ref.sheet ?? rule.sheet;
      const name = `[${ref.sheet ? ref.sheet + ":" : ""}${ref.code}${ref.column ? "@" + ref.column : ""}]`;
      const sheet = sheets.get(sheetId);
      if (!sheet) {
        if (ref.sheet) {
          report(
            `Quy tắc ${rule.id}: ${name} tham chiếu biểu chỉ tiêu không có: ${sheetId}`,
            `Rule ${rule.id}: ${name} refers to a missing indicator sheet: ${sheetId}`,
          );
        }
        continue;
      }
      const ind = sheet.indicators.find((i) => i.code === ref.code);
      if (!ind || ind.heading) {
        report(
          `Quy tắc ${rule.id}: ${name} — biểu ${sheetId} không có chỉ tiêu ${ref.code}`,
          `Rule ${rule.id}: ${name} — sheet ${sheetId} has no indicator ${ref.code}`,
        );
      } else if (!NUMERIC.has(ind.type)) {
        report(
          `Quy tắc ${rule.id}: ${name} — chỉ tiêu ${ref.code} không phải số (${ind.type})`,
          `Rule ${rule.id}: ${name} — indicator ${ref.code} is not numeric (${ind.type})`,
        );
      }
      const columns = sheet.columns.map((c) => c.id);
      if (ref.column !== undefined) {
        if (!columns.includes(ref.column)) {
          report(
            `Quy tắc ${rule.id}: ${name} — biểu ${sheetId} không có cột ${ref.column}`,
            `Rule ${rule.id}: ${name} — sheet ${sheetId} has no column ${ref.column}`,
          );
        }
      } else if (own && sheet !== own && columns.length > 1) {
        const missing = own.columns.map((c) => c.id).filter((c) => !columns.includes(c));
        if (missing.length > 0) {
          report(
            `Quy tắc ${rule.id}: ${name} — biểu ${sheetId} không có cột ${missing.join(", ")}; ghi rõ cột, ví dụ [${sheetId}:${ref.code}@${columns[columns.length - 1]}]`,
            `Rule ${rule.id}: ${name} — sheet ${sheetId} has no column ${missing.join(", ")}; name the column, e.g. [${sheetId}:${ref.code}@${columns[columns.length - 1]}]`,
          );
        }
      }
    }
  });
  return problems;
}
