import type {
  ArithmeticOp,
  ComparisonOp,
  FunctionName,
  RuleAst,
  RuleError,
  RuleValueType,
} from "./ast";
import { tokenize, type Token } from "./tokenize";

export type { RuleAst, RuleError } from "./ast";

export type ParseRuleResult = { ok: true; ast: RuleAst } | { ok: false; error: RuleError };

/** Longest accepted expression and deepest nesting: rules are short, and parsing recurses. */
const MAX_LENGTH = 4000;
const MAX_DEPTH = 64;

const FUNCTIONS: Record<FunctionName, { min: number; max: number }> = {
  sum: { min: 1, max: Infinity },
  min: { min: 1, max: Infinity },
  max: { min: 1, max: Infinity },
  abs: { min: 1, max: 1 },
  if: { min: 3, max: 3 },
};

const COMPARISONS = new Set<string>(["=", "<>", "<", "<=", ">", ">="]);

class RuleSyntaxError extends Error {
  constructor(readonly detail: RuleError) {
    super(detail.en);
  }
}

/**
 * Parses a rule expression into a syntax tree, without eval: a tokenizer and a recursive-descent
 * parser. Precedence, loosest first: `or`, `and`, `not`, comparisons (not chained), `+ -`,
 * `* /`, unary minus. Types are checked too: a rule must be a condition, arithmetic takes
 * numbers, `and`/`or`/`not` take conditions. Never throws.
 *
 * @example parseRule("[1.3] <= [1.4]") // { ok: true, ast: { kind: "compare", op: "<=", … } }
 * @example parseRule("[1.3] <=") // { ok: false, error: { position: 8, vi: "Thiếu giá trị …", … } }
 */
export function parseRule(expr: string): ParseRuleResult {
  if (expr.length > MAX_LENGTH) {
    return {
      ok: false,
      error: {
        vi: `Biểu thức quá dài (tối đa ${MAX_LENGTH} ký tự)`,
        en: `Expression too long (at most ${MAX_LENGTH} characters)`,
        position: MAX_LENGTH,
      },
    };
  }
  const lexed = tokenize(expr);
  if (!lexed.ok) return lexed;
  try {
    const parser = new Parser(lexed.tokens);
    const ast = parser.expression();
    parser.expectEnd();
    if (typeOf(ast) !== "boolean") {
      throw new RuleSyntaxError({
        vi: "Quy tắc phải là một điều kiện, ví dụ [1.3] <= [1.4]",
        en: "A rule must be a condition, e.g. [1.3] <= [1.4]",
        position: ast.pos,
      });
    }
    return { ok: true, ast };
  } catch (e) {
    if (e instanceof RuleSyntaxError) return { ok: false, error: e.detail };
    throw e;
  }
}

/** The type a node yields; computed while parsing, so every node here is already well typed. */
function typeOf(node: RuleAst): RuleValueType {
  switch (node.kind) {
    case "compare":
    case "logical":
    case "not":
      return "boolean";
    case "call":
      return node.name === "if" ? typeOf(node.args[1]) : "number";
    default:
      return "number";
  }
}

class Parser {
  private i = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  expression(): RuleAst {
    return this.nested(() => this.or());
  }

  expectEnd(): void {
    const t = this.peek();
    if (t.kind !== "end") {
      throw this.error(t, `Thừa "${this.describe(t)}"`, `Unexpected "${this.describe(t)}"`);
    }
  }

  private or(): RuleAst {
    let left = this.and();
    while (this.isWord("or")) {
      const t = this.next();
      const right = this.and();
      left = {
        kind: "logical",
        op: "or",
        left: this.want(left, "boolean"),
        right: this.want(right, "boolean"),
        pos: t.pos,
      };
    }
    return left;
  }

  private and(): RuleAst {
    let left = this.not();
    while (this.isWord("and")) {
      const t = this.next();
      const right = this.not();
      left = {
        kind: "logical",
        op: "and",
        left: this.want(left, "boolean"),
        right: this.want(right, "boolean"),
        pos: t.pos,
      };
    }
    return left;
  }

  private not(): RuleAst {
    if (this.isWord("not")) {
      const t = this.next();
      const operand = this.nested(() => this.not());
      return { kind: "not", operand: this.want(operand, "boolean"), pos: t.pos };
    }
    return this.comparison();
  }

  private comparison(): RuleAst {
    const left = this.additive();
    const t = this.peek();
    if (t.kind !== "op" || !COMPARISONS.has(t.op)) return left;
    this.next();
    const right = this.additive();
    const after = this.peek();
    if (after.kind === "op" && COMPARISONS.has(after.op)) {
      throw this.error(
        after,
        "Không so sánh nối tiếp được; dùng and, ví dụ [1] <= [2] and [2] <= [3]",
        "Comparisons cannot be chained; use and, e.g. [1] <= [2] and [2] <= [3]",
      );
    }
    const op = t.op as ComparisonOp;
    if (op === "=" || op === "<>") {
      if (typeOf(left) !== typeOf(right)) {
        throw this.error(
          t,
          "Hai vế so sánh khác kiểu",
          "The two sides of the comparison differ in type",
        );
      }
    } else {
      this.want(left, "number");
      this.want(right, "number");
    }
    return { kind: "compare", op, left, right, pos: t.pos };
  }

  private additive(): RuleAst {
    return this.arithmetic(["+", "-"], () => this.multiplicative());
  }

  private multiplicative(): RuleAst {
    return this.arithmetic(["*", "/"], () => this.unary());
  }

  /** A left-associative chain of one precedence level: operand (op operand)*. */
  private arithmetic(ops: readonly ArithmeticOp[], operand: () => RuleAst): RuleAst {
    let left = operand();
    for (
      let t = this.peek();
      t.kind === "op" && (ops as readonly string[]).includes(t.op);
      t = this.peek()
    ) {
      this.next();
      const right = operand();
      left = {
        kind: "arithmetic",
        op: t.op as ArithmeticOp,
        left: this.want(left, "number"),
        right: this.want(right, "number"),
        pos: t.pos,
      };
    }
    return left;
  }

  private unary(): RuleAst {
    const t = this.peek();
    if (t.kind === "op" && (t.op === "-" || t.op === "+")) {
      this.next();
      const operand = this.want(
        this.nested(() => this.unary()),
        "number",
      );
      return t.op === "-" ? { kind: "negate", operand, pos: t.pos } : operand;
    }
    return this.primary();
  }

  private primary(): RuleAst {
    const t = this.next();
    switch (t.kind) {
      case "number":
        return { kind: "number", value: t.value, pos: t.pos };
      case "ref":
        return {
          kind: "ref",
          ...(t.sheet !== undefined ? { sheet: t.sheet } : {}),
          code: t.code,
          ...(t.column !== undefined ? { column: t.column } : {}),
          pos: t.pos,
        };
      case "word":
        return this.call(t);
      case "op":
        if (t.op === "(") {
          const inner = this.expression();
          this.expectOp(")", t);
          return inner;
        }
        throw this.error(t, `Thiếu giá trị trước "${t.op}"`, `Missing a value before "${t.op}"`);
      case "end":
        throw this.error(
          t,
          "Thiếu giá trị ở cuối biểu thức",
          "Missing a value at the end of the expression",
        );
    }
  }

  private call(t: Extract<Token, { kind: "word" }>): RuleAst {
    if (!(t.word in FUNCTIONS)) {
      const known = Object.keys(FUNCTIONS).join(", ");
      throw this.error(
        t,
        `Hàm hoặc từ không biết: "${t.word}" (dùng được: ${known}, and, or, not)`,
        `Unknown function or word: "${t.word}" (known: ${known}, and, or, not)`,
      );
    }
    const name = t.word as FunctionName;
    const open = this.peek();
    if (open.kind !== "op" || open.op !== "(") {
      throw this.error(open, `Thiếu "(" sau ${name}`, `Missing "(" after ${name}`);
    }
    this.next();
    const args: RuleAst[] = [];
    if (!this.isOp(")")) {
      args.push(this.expression());
      while (this.isOp(",")) {
        this.next();
        args.push(this.expression());
      }
    }
    this.expectOp(")", open);
    const { min, max } = FUNCTIONS[name];
    if (args.length < min || args.length > max) {
      const count = min === max ? `${min}` : `ít nhất ${min}`;
      const countEn = min === max ? `${min}` : `at least ${min}`;
      throw this.error(
        t,
        `Hàm ${name} cần ${count} đối số`,
        `Function ${name} takes ${countEn} argument(s)`,
      );
    }
    if (name === "if") {
      this.want(args[0], "boolean");
      if (typeOf(args[1]) !== typeOf(args[2])) {
        throw this.error(
          args[2],
          "Hai nhánh của if phải cùng kiểu",
          "Both branches of if must have the same type",
        );
      }
    } else {
      args.forEach((a) => this.want(a, "number"));
    }
    return { kind: "call", name, args, pos: t.pos };
  }

  private want(node: RuleAst, type: RuleValueType): RuleAst {
    if (typeOf(node) === type) return node;
    throw type === "number"
      ? this.error(
          node,
          "Cần một số ở đây, không phải một điều kiện",
          "A number is needed here, not a condition",
        )
      : this.error(
          node,
          "Cần một điều kiện (so sánh) ở đây",
          "A condition (comparison) is needed here",
        );
  }

  private nested(parse: () => RuleAst): RuleAst {
    if (++this.depth > MAX_DEPTH) {
      throw this.error(this.peek(), "Biểu thức lồng nhau quá sâu", "Expression nested too deeply");
    }
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  private expectOp(op: string, opener: { pos: number }): void {
    const t = this.peek();
    if (t.kind === "op" && t.op === op) {
      this.next();
      return;
    }
    throw this.error(
      t,
      `Thiếu "${op}" (mở ở vị trí ${opener.pos + 1})`,
      `Missing "${op}" (opened at position ${opener.pos + 1})`,
    );
  }

  private peek(): Token {
    return this.tokens[this.i];
  }

  private next(): Token {
    const t = this.tokens[this.i];
    if (t.kind !== "end") this.i++;
    return t;
  }

  private isWord(word: string): boolean {
    const t = this.peek();
    return t.kind === "word" && t.word === word;
  }

  private isOp(op: string): boolean {
    const t = this.peek();
    return t.kind === "op" && t.op === op;
  }

  private describe(t: Token): string {
    switch (t.kind) {
      case "number":
        return String(t.value);
      case "ref":
        return `[${t.sheet ? t.sheet + ":" : ""}${t.code}${t.column ? "@" + t.column : ""}]`;
      case "word":
        return t.word;
      case "op":
        return t.op;
      case "end":
        return "";
    }
  }

  private error(at: { pos: number }, vi: string, en: string): RuleSyntaxError {
    return new RuleSyntaxError({ vi, en, position: at.pos });
  }
}
