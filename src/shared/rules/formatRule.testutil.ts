import type { RuleAst } from "./ast";

// Binding strength of each kind of node; a child looser than its context is parenthesised.
const OR = 1;
const AND = 2;
const NOT = 3;
const COMPARE = 4;
const ADD = 5;
const MUL = 6;
const UNARY = 7;
const ATOM = 8;

function strength(node: RuleAst): number {
  switch (node.kind) {
    case "logical":
      return node.op === "or" ? OR : AND;
    case "not":
      return NOT;
    case "compare":
      return COMPARE;
    case "arithmetic":
      return node.op === "+" || node.op === "-" ? ADD : MUL;
    case "negate":
      return UNARY;
    default:
      return ATOM;
  }
}

/**
 * Writes a rule back as text with as few parentheses as its meaning needs, so that
 * `parseRule(formatRule(ast))` gives the same tree (positions aside). Used to show rules in a
 * canonical form.
 *
 * @example formatRule(parse("(([1]))+[2]*3 >= 4")) // "[1] + [2] * 3 >= 4"
 */
export function formatRule(node: RuleAst): string {
  const wrap = (child: RuleAst, min: number) =>
    strength(child) < min ? `(${formatRule(child)})` : formatRule(child);
  switch (node.kind) {
    case "number":
      return plainNumber(node.value);
    case "ref":
      return `[${node.sheet !== undefined ? node.sheet + ":" : ""}${node.code}${node.column !== undefined ? "@" + node.column : ""}]`;
    case "negate":
      return `-${wrap(node.operand, UNARY)}`;
    case "not":
      return `not ${wrap(node.operand, NOT)}`;
    case "call":
      return `${node.name}(${node.args.map(formatRule).join(", ")})`;
    case "compare":
      // Comparisons do not chain, so both sides must bind tighter.
      return `${wrap(node.left, ADD)} ${node.op} ${wrap(node.right, ADD)}`;
    default: {
      // Left-associative: the right operand needs parentheses at equal strength.
      const s = strength(node);
      return `${wrap(node.left, s)} ${node.op} ${wrap(node.right, s + 1)}`;
    }
  }
}

/** A number without exponent notation, which the rule tokenizer does not read: 1e-7 → 0.0000001. */
function plainNumber(value: number): string {
  const text = String(value);
  const m = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const digits = m[1] + (m[2] ?? "");
  const point = m[1].length + Number(m[3]);
  if (point <= 0) return `0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}
