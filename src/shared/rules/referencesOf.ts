import type { RuleAst, RuleReference } from "./ast";

export type { RuleReference } from "./ast";

/**
 * The indicator references of a rule, in reading order, each once.
 *
 * @example referencesOf(ast("[2] <= [B1:1] + [2]")) // [{ code: "2" }, { sheet: "B1", code: "1" }]
 */
export function referencesOf(ast: RuleAst): RuleReference[] {
  const seen = new Set<string>();
  const out: RuleReference[] = [];
  const visit = (node: RuleAst): void => {
    switch (node.kind) {
      case "ref": {
        const key = `${node.sheet ?? ""}:${node.code}@${node.column ?? ""}`;
        if (seen.has(key)) return;
        seen.add(key);
        out.push({
          ...(node.sheet !== undefined ? { sheet: node.sheet } : {}),
          code: node.code,
          ...(node.column !== undefined ? { column: node.column } : {}),
        });
        return;
      }
      case "number":
        return;
      case "negate":
      case "not":
        return visit(node.operand);
      case "arithmetic":
      case "compare":
      case "logical":
        visit(node.left);
        return visit(node.right);
      case "call":
        return node.args.forEach(visit);
    }
  };
  visit(ast);
  return out;
}
