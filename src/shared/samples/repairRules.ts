import type { Campaign, IndicatorSheet, PlanValue } from "../model";
import { childrenOf, indicatorSheets } from "../outline/indicators";
import type { FilledValues } from "../plan/buildTemplatePlan";
import type { RuleAst } from "../rules/ast";
import { evaluateRule, type RuleLookup } from "../rules/evaluateRule";
import { compiledRules } from "../validate/compiledRules";
import { recomputeParents } from "./generateUnitValues";
import type { Random } from "./random";

type Values = Required<FilledValues>["values"];
type Compare = Extract<RuleAst, { kind: "compare" }>;

/**
 * Makes generated values satisfy the outline's rules by adjusting the referenced value on the
 * left of each broken comparison (`[3] <= [1]` lowers [3]), then re-summing parents; a few passes
 * settle chains of rules. With `breakOne`, instead breaks one rule that holds (a typical mistake)
 * and returns whether it could.
 */
export function repairRules(
  campaign: Campaign,
  filled: Required<FilledValues>,
  options: { breakOne?: Random } = {},
): boolean {
  const sheets = new Map<string, IndicatorSheet>(
    indicatorSheets(campaign.outline).map((s) => [s.id, s]),
  );
  const rules = compiledRules(campaign.outline);
  const lookup =
    (sheetId: string) =>
    (ref: { sheet?: string; code: string; column?: string }, column: string) => {
      const v = filled.values[ref.sheet ?? sheetId]?.[ref.code]?.[ref.column ?? column];
      return typeof v === "number" ? v : null;
    };
  if (options.breakOne) {
    const candidates: Array<{ node: Compare; sheet: string; column: string }> = [];
    for (const r of rules) {
      const sheet = sheets.get(r.rule.sheet);
      if (!sheet || r.ast.kind !== "compare" || r.ast.left.kind !== "ref") continue;
      for (const col of sheet.columns) {
        if (evaluateRule(r.ast, lookup(sheet.id), col.id).result === true)
          candidates.push({ node: r.ast, sheet: sheet.id, column: col.id });
      }
    }
    if (candidates.length === 0) return false;
    const { node, sheet, column } = options.breakOne.pick(candidates);
    const outcome = evaluateRule(node, lookup(sheet), column);
    const right = typeof outcome.right === "number" ? outcome.right : 0;
    const broken =
      node.op === "<=" || node.op === "<" || node.op === "="
        ? right + options.breakOne.int(1, 5)
        : Math.max(0, right - 1) - 1;
    setRef(filled.values, sheet, node.left as Extract<RuleAst, { kind: "ref" }>, column, broken);
    return true;
  }
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (const r of rules) {
      const sheet = sheets.get(r.rule.sheet);
      if (!sheet) continue;
      for (const col of sheet.columns) {
        if (evaluateRule(r.ast, lookup(sheet.id), col.id).result !== false) continue;
        changed =
          repairNode(r.ast, {
            values: filled.values,
            sheets,
            sheet: sheet.id,
            column: col.id,
            lookup: lookup(sheet.id),
          }) || changed;
      }
    }
    if (!changed) break;
    recomputeParents(campaign, filled.values);
  }
  return true;
}

interface RepairContext {
  values: Values;
  sheets: Map<string, IndicatorSheet>;
  sheet: string;
  column: string;
  lookup: RuleLookup;
}

function repairNode(node: RuleAst, ctx: RepairContext): boolean {
  if (node.kind === "logical") {
    if (node.op === "or") return repairNode(node.left, ctx);
    return repairNode(node.left, ctx) || repairNode(node.right, ctx);
  }
  if (node.kind !== "compare" || node.left.kind !== "ref") return false;
  const outcome = evaluateRule(node, ctx.lookup, ctx.column);
  if (
    outcome.result !== false ||
    typeof outcome.right !== "number" ||
    typeof outcome.left !== "number"
  )
    return false;
  const r = outcome.right;
  const target = Math.max(
    0,
    {
      "<=": Math.floor(r * 0.9),
      "<": Math.ceil(r) - 1,
      "=": r,
      ">=": Math.ceil(r),
      ">": Math.floor(r) + 1,
      "<>": r + 1,
    }[node.op],
  );
  const ref = node.left;
  const sheet = ctx.sheets.get(ref.sheet ?? ctx.sheet);
  const column = ref.column ?? ctx.column;
  const children = sheet
    ? childrenOf(sheet, ref.code).filter(
        (c) => typeof ctx.values[sheet.id]?.[c.code]?.[column] === "number",
      )
    : [];
  if (sheet?.indicators.find((i) => i.code === ref.code)?.sumOfChildren && children.length > 0) {
    // A parent is the sum of its children: scale them, the parent follows when sums are redone.
    const factor = outcome.left > 0 ? target / outcome.left : 0;
    for (const c of children) {
      const row = ctx.values[sheet.id][c.code];
      row[column] = Math.floor((row[column] as number) * factor);
    }
  }
  setRef(ctx.values, ctx.sheet, ref, ctx.column, target);
  return true;
}

function setRef(
  values: Values,
  sheet: string,
  ref: { sheet?: string; code: string; column?: string },
  column: string,
  v: PlanValue,
): void {
  const row = values[ref.sheet ?? sheet]?.[ref.code];
  if (row) row[ref.column ?? column] = v;
}
