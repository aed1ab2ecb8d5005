import { makeFinding } from "../findings/makeFinding";
import type { Finding, IndicatorSheet, Outline, UnitReport } from "../model";
import { indicatorSheets } from "../outline/indicators";
import { numericValue } from "../consolidate/aggregate";
import { formatNumberVi } from "../read/convertCell";
import { compiledRules, type CompiledRule } from "./compiledRules";
import { describeRuleBreak } from "../rules/describeRuleBreak";
import { evaluateRule } from "../rules/evaluateRule";

/**
 * Cross-field rules, evaluated per value column of the rule's sheet. A rule whose values are not
 * all filled is skipped (missing values are reported as such). The finding points at the cell of
 * the rule's first reference in that column.
 */
export function checkRules(
  report: UnitReport,
  outline: Outline,
  unitType: string | undefined,
): Finding[] {
  void unitType; // values of non-applicable indicators are already absent from the report
  const out: Finding[] = [];
  const sheets = new Map<string, IndicatorSheet>(indicatorSheets(outline).map((s) => [s.id, s]));
  for (const rule of compiledRules(outline)) {
    const sheet = sheets.get(rule.rule.sheet);
    if (!sheet) continue;
    for (const col of sheet.columns) {
      const lookup = lookupIn(report, sheets, rule, col.id);
      const r = evaluateRule(rule.ast, lookup, col.id);
      if (r.result !== false) continue;
      const first = rule.refs[0];
      const src = first
        ? report.values[first.sheet ?? rule.rule.sheet]?.[first.code]?.[first.column ?? col.id]?.src
        : undefined;
      const text = describeRuleBreak({
        message: rule.rule.message,
        left: r.left,
        right: r.right,
        op: r.op,
        column: sheet.columns.length > 1 ? col.header : undefined,
        formatNumber: (n, lang) => (lang === "vi" ? formatNumberVi(n) : String(n)),
      });
      out.push(
        makeFinding(
          rule.rule.severity === "warning" ? "W_RULE" : "E_RULE",
          {
            unit: report.unitCode ?? report.fileName,
            file: report.fileName,
            sheet: src?.sheet ?? report.anchors[sheet.id]?.sheet,
            cell: src?.cell,
            indicator: first?.code,
            column: col.id,
          },
          { detail: text.vi, detailEn: text.en },
        ),
      );
    }
  }
  return out;
}

/** Resolves a reference: its own sheet or another, the current column or a fixed one, or the only column of a one-column sheet. */
function lookupIn(
  report: UnitReport,
  sheets: Map<string, IndicatorSheet>,
  rule: CompiledRule,
  column: string,
) {
  return (ref: { sheet?: string; code: string; column?: string }): number | null => {
    const sheetId = ref.sheet ?? rule.rule.sheet;
    const target = sheets.get(sheetId);
    const col =
      ref.column ?? (target && target.columns.length === 1 ? target.columns[0].id : column);
    return numericValue(report.values[sheetId]?.[ref.code]?.[col]?.v);
  };
}
