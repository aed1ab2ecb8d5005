/** A reference to an indicator value: `[1.3]`, `[B2:1.3]`, `[B2:1.3@2016]`. */
export interface RuleReference {
  /** Sheet id; absent = the rule's own sheet. */
  sheet?: string;
  code: string;
  /** Fixed value column; absent = the column being checked. */
  column?: string;
}

export type ArithmeticOp = "+" | "-" | "*" | "/";
export type ComparisonOp = "=" | "<>" | "<" | "<=" | ">" | ">=";
export type LogicalOp = "and" | "or";
export type FunctionName = "sum" | "abs" | "min" | "max" | "if";

/** What a node yields: rules are conditions, so the whole expression must be boolean. */
export type RuleValueType = "number" | "boolean";

/** Syntax tree of a rule expression. `pos` is the 0-based offset of the node in the text. */
export type RuleAst =
  | { kind: "number"; value: number; pos: number }
  | ({ kind: "ref"; pos: number } & RuleReference)
  | { kind: "negate"; operand: RuleAst; pos: number }
  | { kind: "not"; operand: RuleAst; pos: number }
  | { kind: "arithmetic"; op: ArithmeticOp; left: RuleAst; right: RuleAst; pos: number }
  | { kind: "compare"; op: ComparisonOp; left: RuleAst; right: RuleAst; pos: number }
  | { kind: "logical"; op: LogicalOp; left: RuleAst; right: RuleAst; pos: number }
  | { kind: "call"; name: FunctionName; args: RuleAst[]; pos: number };

/** A problem in a rule's text, with the offset where it was found. */
export interface RuleError {
  vi: string;
  en: string;
  position: number;
}
