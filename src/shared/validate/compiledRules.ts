import type { Outline, Rule } from "../model";
import { parseRule, type RuleAst } from "../rules/parseRule";
import { referencesOf, type RuleReference } from "../rules/referencesOf";

export interface CompiledRule {
  rule: Rule;
  ast: RuleAst;
  refs: RuleReference[];
}

const cache = new WeakMap<Outline, CompiledRule[]>();

/**
 * The outline's rules parsed once per outline object (a consolidation checks every unit against
 * the same rules). Rules that do not parse are skipped here; `checkOutlineRules` reports them
 * when the outline is loaded.
 */
export function compiledRules(outline: Outline): CompiledRule[] {
  let rules = cache.get(outline);
  if (!rules) {
    rules = [];
    for (const rule of outline.rules) {
      const parsed = parseRule(rule.expr);
      if (parsed.ok) rules.push({ rule, ast: parsed.ast, refs: referencesOf(parsed.ast) });
    }
    cache.set(outline, rules);
  }
  return rules;
}
