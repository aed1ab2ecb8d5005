import type { ComparisonOp, RuleAst, RuleReference } from "./ast";

/** Value of a referenced indicator in a column; null or undefined when the cell is empty. */
export type RuleLookup = (ref: RuleReference, column: string) => number | null | undefined;

export interface RuleOutcome {
  /** Whether the condition holds; null when it cannot be decided because a value is empty. */
  result: boolean | null;
  /** The two sides of the comparison that decided the outcome, for messages like "5 > 3". */
  left?: number | boolean;
  right?: number | boolean;
  op?: ComparisonOp;
}

type Value = number | boolean | null;
interface Evaluated {
  value: Value;
  witness?: { left: number | boolean; right: number | boolean; op: ComparisonOp };
}

/** Relative tolerance of comparisons, so 0.1 + 0.2 = 0.3 holds as it does on paper. */
const EPSILON = 1e-9;

/**
 * Evaluates a parsed rule for one value column. A reference without a fixed column (`[1.3]`)
 * is looked up in `column`; `[B2:1.3@2016]` in column 2016. An empty value makes every
 * expression that needs it undecidable (null), except where `and`/`or`/`if` do not need it:
 * `false and ?` is false, `true or ?` is true. Division by zero is undecidable too.
 *
 * @example evaluateRule(parse("[3] <= [1]"), lookup, "SL") // { result: false, left: 5, right: 3, op: "<=" }
 */
export function evaluateRule(ast: RuleAst, lookup: RuleLookup, column: string): RuleOutcome {
  const { value, witness } = evaluate(ast, lookup, column);
  const result = typeof value === "boolean" ? value : null;
  return witness ? { result, ...witness } : { result };
}

function evaluate(node: RuleAst, lookup: RuleLookup, column: string): Evaluated {
  const ev = (n: RuleAst) => evaluate(n, lookup, column);
  switch (node.kind) {
    case "number":
      return { value: node.value };
    case "ref": {
      const v = lookup(node, node.column ?? column);
      return { value: typeof v === "number" && Number.isFinite(v) ? v : null };
    }
    case "negate": {
      const v = ev(node.operand).value;
      return { value: typeof v === "number" ? -v : null };
    }
    case "not": {
      const inner = ev(node.operand);
      return {
        value: typeof inner.value === "boolean" ? !inner.value : null,
        witness: inner.witness,
      };
    }
    case "arithmetic":
      return { value: arithmetic(node.op, ev(node.left).value, ev(node.right).value) };
    case "compare": {
      const left = ev(node.left).value;
      const right = ev(node.right).value;
      if (left === null || right === null) return { value: null };
      return { value: compare(node.op, left, right), witness: { left, right, op: node.op } };
    }
    case "logical": {
      // Kleene logic: the side that settles the outcome is the one reported.
      const settles = node.op === "and" ? false : true;
      const left = ev(node.left);
      if (left.value === settles) return left;
      const right = ev(node.right);
      if (right.value === settles) return right;
      if (left.value === null || right.value === null) return { value: null };
      return { value: !settles, witness: left.witness ?? right.witness };
    }
    case "call":
      return call(node.name, node.args, ev);
  }
}

function arithmetic(op: string, a: Value, b: Value): number | null {
  if (typeof a !== "number" || typeof b !== "number") return null;
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    default:
      return b === 0 ? null : a / b;
  }
}

function compare(op: ComparisonOp, a: number | boolean, b: number | boolean): boolean {
  if (typeof a === "boolean" || typeof b === "boolean") return op === "=" ? a === b : a !== b;
  const equal = Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
  switch (op) {
    case "=":
      return equal;
    case "<>":
      return !equal;
    case "<":
      return a < b && !equal;
    case "<=":
      return a < b || equal;
    case ">":
      return a > b && !equal;
    case ">=":
      return a > b || equal;
  }
}

function call(name: string, args: RuleAst[], ev: (n: RuleAst) => Evaluated): Evaluated {
  if (name === "if") {
    const cond = ev(args[0]).value;
    if (cond === null) return { value: null };
    return ev(cond ? args[1] : args[2]);
  }
  const values = args.map((a) => ev(a).value);
  if (!values.every((v): v is number => typeof v === "number")) return { value: null };
  switch (name) {
    case "abs":
      return { value: Math.abs(values[0]) };
    case "min":
      return { value: Math.min(...values) };
    case "max":
      return { value: Math.max(...values) };
    default:
      return { value: values.reduce((s, v) => s + v, 0) };
  }
}
