/**
 * A small Excel formula evaluator for the emulated workbook: enough of Excel's grammar and
 * functions to compute the formulas the plans write (totals, subtotals, conditional sums, ratios,
 * statistics, lookups), so the preview shows real numbers and tests can check totals. Anything
 * outside the subset evaluates to #NAME? rather than a guess.
 */
export type EvalError = { error: string };
export type Scalar = number | string | boolean | null | EvalError;

export interface RangeRef {
  sheet: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface CellSource {
  /** Evaluated value of a cell; null when empty. */
  value(sheet: string, row: number, col: number): Scalar;
  /** Whether the cell holds a SUBTOTAL formula (SUBTOTAL skips those to avoid double counting). */
  isSubtotal(sheet: string, row: number, col: number): boolean;
  hasSheet(sheet: string): boolean;
}

type Node =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "err"; v: string }
  | { t: "ref"; sheet?: string; r1: number; c1: number; r2: number; c2: number }
  | { t: "fn"; name: string; args: Node[] }
  | { t: "un"; op: string; a: Node }
  | { t: "bin"; op: string; a: Node; b: Node }
  | { t: "pct"; a: Node };

type Value = Scalar | RangeRef;

const isError = (v: unknown): v is EvalError =>
  typeof v === "object" && v !== null && "error" in (v as object);
const isRange = (v: unknown): v is RangeRef =>
  typeof v === "object" && v !== null && "r1" in (v as object);
const err = (code: string): EvalError => ({ error: code });

const TOKEN = new RegExp(
  [
    String.raw`(?<ws>\s+)`,
    String.raw`(?<str>"(?:[^"]|"")*")`,
    String.raw`(?<ref>(?:(?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])`,
    String.raw`(?<num>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)`,
    String.raw`(?<err>#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A))`,
    String.raw`(?<name>[A-Za-z_][\w.]*)`,
    String.raw`(?<op><>|<=|>=|[-+*/^&=<>(),%])`,
  ].join("|"),
  "y",
);

interface Token {
  kind: "str" | "ref" | "num" | "err" | "name" | "op";
  text: string;
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    const m = TOKEN.exec(src);
    if (!m || !m.groups) throw new SyntaxError(`không hiểu công thức tại ${TOKEN.lastIndex}`);
    const g = m.groups;
    const kind = (["str", "ref", "num", "err", "name", "op"] as const).find(
      (k) => g[k] !== undefined,
    );
    if (kind) out.push({ kind, text: g[kind] });
  }
  return out;
}

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  return c - 1;
}

function parseRef(text: string): Node {
  let sheet: string | undefined;
  let rest = text;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    sheet = text.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    rest = text.slice(bang + 1);
  }
  const [a, b = a] = rest.replace(/\$/g, "").split(":");
  const pa = /^([A-Za-z]+)(\d+)$/.exec(a)!;
  const pb = /^([A-Za-z]+)(\d+)$/.exec(b)!;
  const ra = Number(pa[2]) - 1;
  const rb = Number(pb[2]) - 1;
  const ca = colIndex(pa[1]);
  const cb = colIndex(pb[1]);
  return {
    t: "ref",
    sheet,
    r1: Math.min(ra, rb),
    c1: Math.min(ca, cb),
    r2: Math.max(ra, rb),
    c2: Math.max(ca, cb),
  };
}

const BINARY: Array<string[]> = [
  ["=", "<>", "<", "<=", ">", ">="],
  ["&"],
  ["+", "-"],
  ["*", "/"],
  ["^"],
];

/** Parses formula text (with or without the leading "="). */
export function parseFormula(formula: string): Node {
  const tokens = tokenize(formula.startsWith("=") ? formula.slice(1) : formula);
  let i = 0;
  const peek = () => tokens[i];
  const take = (text?: string) => {
    const t = tokens[i];
    if (!t || (text !== undefined && t.text !== text)) {
      throw new SyntaxError(`chờ ${text ?? "biểu thức"}`);
    }
    i++;
    return t;
  };
  const level = (n: number): Node => {
    if (n === BINARY.length) return unary();
    let a = level(n + 1);
    while (peek()?.kind === "op" && BINARY[n].includes(peek().text)) {
      const op = take().text;
      a = { t: "bin", op, a, b: level(n + 1) };
    }
    return a;
  };
  const unary = (): Node => {
    const t = peek();
    if (t?.kind === "op" && (t.text === "-" || t.text === "+")) {
      take();
      return { t: "un", op: t.text, a: unary() };
    }
    let a = primary();
    while (peek()?.kind === "op" && peek().text === "%") {
      take();
      a = { t: "pct", a };
    }
    return a;
  };
  const primary = (): Node => {
    const t = take();
    switch (t.kind) {
      case "num":
        return { t: "num", v: Number(t.text) };
      case "str":
        return { t: "str", v: t.text.slice(1, -1).replace(/""/g, '"') };
      case "err":
        return { t: "err", v: t.text };
      case "ref":
        return parseRef(t.text);
      case "name": {
        const upper = t.text.toUpperCase();
        if (peek()?.text === "(") {
          take("(");
          const args: Node[] = [];
          if (peek()?.text !== ")") {
            args.push(level(0));
            while (peek()?.text === ",") {
              take(",");
              args.push(level(0));
            }
          }
          take(")");
          return { t: "fn", name: upper, args };
        }
        if (upper === "TRUE" || upper === "FALSE") return { t: "bool", v: upper === "TRUE" };
        return { t: "err", v: "#NAME?" };
      }
      case "op":
        if (t.text === "(") {
          const inner = level(0);
          take(")");
          return inner;
        }
    }
    throw new SyntaxError(`không chờ ${t.text}`);
  };
  const node = level(0);
  if (i !== tokens.length) throw new SyntaxError("thừa ký tự cuối công thức");
  return node;
}

/** Evaluates a formula on `sheet`; syntax errors and unknown functions give Excel errors. */
export function evaluateFormula(formula: string, sheet: string, source: CellSource): Scalar {
  let node: Node;
  try {
    node = parseFormula(formula);
  } catch {
    return err("#NAME?");
  }
  const v = new Evaluator(sheet, source).eval(node);
  return isRange(v) ? new Evaluator(sheet, source).scalar(v) : v;
}

/** Whether formula text calls SUBTOTAL (cells SUBTOTAL itself must skip). */
export function callsSubtotal(formula: string): boolean {
  return /\bSUBTOTAL\s*\(/i.test(formula);
}

const SUBTOTAL_FN: Record<number, string> = {
  1: "AVERAGE",
  2: "COUNT",
  3: "COUNTA",
  4: "MAX",
  5: "MIN",
  9: "SUM",
};

class Evaluator {
  constructor(
    private readonly sheet: string,
    private readonly src: CellSource,
  ) {}

  eval(n: Node): Value {
    switch (n.t) {
      case "num":
      case "str":
      case "bool":
        return n.v;
      case "err":
        return err(n.v);
      case "ref": {
        const sheet = n.sheet ?? this.sheet;
        if (!this.src.hasSheet(sheet)) return err("#REF!");
        return { sheet, r1: n.r1, c1: n.c1, r2: n.r2, c2: n.c2 };
      }
      case "un": {
        const a = this.number(this.eval(n.a));
        return isError(a) ? a : n.op === "-" ? -a : a;
      }
      case "pct": {
        const a = this.number(this.eval(n.a));
        return isError(a) ? a : a / 100;
      }
      case "bin":
        return this.binary(n.op, this.scalar(this.eval(n.a)), this.scalar(this.eval(n.b)));
      case "fn":
        return this.call(n.name, n.args);
    }
  }

  scalar(v: Value): Scalar {
    if (!isRange(v)) return v;
    if (v.r1 !== v.r2 || v.c1 !== v.c2) return err("#VALUE!");
    return this.src.value(v.sheet, v.r1, v.c1);
  }

  number(v: Value): number | EvalError {
    const s = this.scalar(v);
    if (isError(s)) return s;
    if (s === null) return 0;
    if (typeof s === "number") return s;
    if (typeof s === "boolean") return s ? 1 : 0;
    const t = s.trim();
    return t !== "" && Number.isFinite(Number(t)) ? Number(t) : err("#VALUE!");
  }

  private binary(op: string, a: Scalar, b: Scalar): Scalar {
    if (isError(a)) return a;
    if (isError(b)) return b;
    if (op === "&") return text(a) + text(b);
    if (["=", "<>", "<", "<=", ">", ">="].includes(op)) {
      const c = compare(a, b);
      return { "=": c === 0, "<>": c !== 0, "<": c < 0, "<=": c <= 0, ">": c > 0, ">=": c >= 0 }[
        op
      ]!;
    }
    const x = this.number(a);
    const y = this.number(b);
    if (isError(x)) return x;
    if (isError(y)) return y;
    switch (op) {
      case "+":
        return x + y;
      case "-":
        return x - y;
      case "*":
        return x * y;
      case "/":
        return y === 0 ? err("#DIV/0!") : x / y;
      default:
        return Math.pow(x, y);
    }
  }

  /** Every cell of the arguments, ranges expanded; `skipSubtotals` for SUBTOTAL. */
  private cells(args: Value[], skipSubtotals = false): Array<{ v: Scalar; fromRange: boolean }> {
    const out: Array<{ v: Scalar; fromRange: boolean }> = [];
    for (const a of args) {
      if (!isRange(a)) {
        out.push({ v: a, fromRange: false });
        continue;
      }
      for (let r = a.r1; r <= a.r2; r++) {
        for (let c = a.c1; c <= a.c2; c++) {
          if (skipSubtotals && this.src.isSubtotal(a.sheet, r, c)) continue;
          out.push({ v: this.src.value(a.sheet, r, c), fromRange: true });
        }
      }
    }
    return out;
  }

  /** Numbers for SUM-like functions: numbers in ranges, numbers/booleans/numeric text given directly. */
  private numbers(args: Value[], skipSubtotals = false): number[] | EvalError {
    const out: number[] = [];
    for (const { v, fromRange } of this.cells(args, skipSubtotals)) {
      if (isError(v)) return v;
      if (typeof v === "number") out.push(v);
      else if (!fromRange && v !== null) {
        const n = this.number(v);
        if (isError(n)) return n;
        out.push(n);
      }
    }
    return out;
  }

  private aggregate(name: string, args: Value[], skipSubtotals = false): Scalar {
    if (name === "COUNTA") {
      return this.cells(args, skipSubtotals).filter(({ v }) => v !== null && v !== "").length;
    }
    const nums = this.numbers(args, skipSubtotals);
    if (isError(nums))
      return name === "COUNT"
        ? this.cells(args).filter(({ v }) => typeof v === "number").length
        : nums;
    switch (name) {
      case "SUM":
        return nums.reduce((s, x) => s + x, 0);
      case "COUNT":
        return nums.length;
      case "AVERAGE":
        return nums.length ? nums.reduce((s, x) => s + x, 0) / nums.length : err("#DIV/0!");
      case "MIN":
        return nums.length ? Math.min(...nums) : 0;
      case "MAX":
        return nums.length ? Math.max(...nums) : 0;
      case "MEDIAN": {
        if (!nums.length) return err("#NUM!");
        const s = [...nums].sort((x, y) => x - y);
        const m = s.length >> 1;
        return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
      }
    }
    return err("#NAME?");
  }

  private call(name: string, argNodes: Node[]): Value {
    if (name === "IF") {
      const c = this.scalar(this.eval(argNodes[0]));
      if (isError(c)) return c;
      const truthy = typeof c === "string" ? null : Boolean(c);
      if (truthy === null) return err("#VALUE!");
      const branch = truthy ? argNodes[1] : argNodes[2];
      return branch ? this.eval(branch) : truthy;
    }
    if (name === "SUMPRODUCT") return this.sumProduct(argNodes);
    if (name === "IFERROR") {
      const v = this.scalar(this.eval(argNodes[0]));
      return isError(v) ? this.eval(argNodes[1]) : v;
    }
    const args = argNodes.map((a) => this.eval(a));
    switch (name) {
      case "SUM":
      case "COUNT":
      case "COUNTA":
      case "AVERAGE":
      case "MIN":
      case "MAX":
      case "MEDIAN":
        return this.aggregate(name, args);
      case "SUBTOTAL": {
        const fn = this.number(args[0]);
        if (isError(fn)) return fn;
        const target = SUBTOTAL_FN[fn % 100];
        return target ? this.aggregate(target, args.slice(1), true) : err("#VALUE!");
      }
      case "N": {
        const v = this.scalar(args[0]);
        return typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : isError(v) ? v : 0;
      }
      case "COUNTIF":
      case "COUNTIFS":
        return this.ifs(undefined, args, "COUNT");
      case "SUMIFS":
      case "AVERAGEIFS":
      case "MINIFS":
      case "MAXIFS":
        return this.ifs(args[0], args.slice(1), name.slice(0, -3));
      case "INDEX":
        return this.index(args);
      case "MATCH":
        return this.match(args);
    }
    return err("#NAME?");
  }

  /**
   * SUMPRODUCT: each argument is evaluated as an array (ranges cell by cell, comparisons and
   * arithmetic element by element, scalars repeated); arrays must have the same shape; entries
   * that are not numbers count as 0, as Excel documents
   * (https://support.microsoft.com/en-us/office/sumproduct-function-16753e75-9f68-4874-94ac-4d2145a2fd2e).
   */
  private sumProduct(argNodes: Node[]): Scalar {
    const arrays = argNodes.map((n) => this.array(n));
    let size: number | undefined;
    for (const a of arrays) {
      if (isError(a)) return a;
      if (a.length === 1) continue;
      if (size !== undefined && a.length !== size) return err("#VALUE!");
      size = a.length;
    }
    const n = size ?? 1;
    let total = 0;
    for (let i = 0; i < n; i++) {
      let product = 1;
      for (const a of arrays as Scalar[][]) {
        const v = a.length === 1 ? a[0] : a[i];
        if (isError(v)) return v;
        product *= typeof v === "number" ? v : 0;
      }
      total += product;
    }
    return total;
  }

  /** A node as a flat array of values (row by row), for array arithmetic inside SUMPRODUCT. */
  private array(n: Node): Scalar[] | EvalError {
    if (n.t === "bin") {
      const a = this.array(n.a);
      const b = this.array(n.b);
      if (isError(a)) return a;
      if (isError(b)) return b;
      if (a.length !== 1 && b.length !== 1 && a.length !== b.length) return err("#VALUE!");
      const len = Math.max(a.length, b.length);
      const out: Scalar[] = [];
      for (let i = 0; i < len; i++) {
        const x = a.length === 1 ? a[0] : a[i];
        const y = b.length === 1 ? b[0] : b[i];
        // Inside arithmetic an empty cell is 0 and a comparison with an empty cell compares "".
        out.push(this.binary(n.op, x ?? (isArith(n.op) ? 0 : ""), y ?? (isArith(n.op) ? 0 : "")));
      }
      return out;
    }
    if (n.t === "un" && n.op === "-") {
      const a = this.array(n.a);
      if (isError(a)) return a;
      return a.map((v) => {
        const x = this.number(v);
        return isError(x) ? x : -x;
      });
    }
    const v = this.eval(n);
    if (!isRange(v)) return [v];
    const out: Scalar[] = [];
    for (let r = v.r1; r <= v.r2; r++)
      for (let c = v.c1; c <= v.c2; c++) out.push(this.src.value(v.sheet, r, c));
    return out;
  }

  private ifs(target: Value | undefined, pairs: Value[], agg: string): Scalar {
    const ranges: RangeRef[] = [];
    const tests: Array<(v: Scalar) => boolean> = [];
    for (let k = 0; k + 1 < pairs.length; k += 2) {
      const r = pairs[k];
      if (!isRange(r)) return err("#VALUE!");
      const c = this.scalar(pairs[k + 1]);
      if (isError(c)) return c;
      ranges.push(r);
      tests.push(criterion(c));
    }
    if (target !== undefined && !isRange(target)) return err("#VALUE!");
    const base = (target as RangeRef | undefined) ?? ranges[0];
    const h = base.r2 - base.r1;
    const w = base.c2 - base.c1;
    if (ranges.some((r) => r.r2 - r.r1 !== h || r.c2 - r.c1 !== w)) return err("#VALUE!");
    const picked: Scalar[] = [];
    for (let i = 0; i <= h; i++) {
      for (let j = 0; j <= w; j++) {
        const ok = ranges.every((r, k) => tests[k](this.src.value(r.sheet, r.r1 + i, r.c1 + j)));
        if (ok) picked.push(target ? this.src.value(base.sheet, base.r1 + i, base.c1 + j) : 1);
      }
    }
    if (agg === "COUNT") return picked.length;
    const nums = picked.filter((v): v is number => typeof v === "number");
    if (agg === "SUM") return nums.reduce((s, x) => s + x, 0);
    if (agg === "AVERAGE")
      return nums.length ? nums.reduce((s, x) => s + x, 0) / nums.length : err("#DIV/0!");
    if (agg === "MIN") return nums.length ? Math.min(...nums) : 0;
    return nums.length ? Math.max(...nums) : 0;
  }

  private index(args: Value[]): Scalar {
    const r = args[0];
    if (!isRange(r)) return err("#VALUE!");
    const a = this.number(args[1]);
    const b = args[2] === undefined ? undefined : this.number(args[2]);
    if (isError(a)) return a;
    if (b !== undefined && isError(b)) return b;
    const oneRow = r.r1 === r.r2;
    const row = b === undefined && oneRow ? 1 : a;
    const col = b === undefined ? (oneRow ? a : 1) : b;
    if (row < 1 || col < 1 || r.r1 + row - 1 > r.r2 || r.c1 + col - 1 > r.c2) return err("#REF!");
    return this.src.value(r.sheet, r.r1 + row - 1, r.c1 + col - 1);
  }

  private match(args: Value[]): Scalar {
    const x = this.scalar(args[0]);
    if (isError(x)) return x;
    const r = args[1];
    if (!isRange(r)) return err("#N/A");
    const type = args[2] === undefined ? 1 : this.number(args[2]);
    if (type !== 0) return err("#N/A");
    let k = 0;
    for (let i = r.r1; i <= r.r2; i++) {
      for (let j = r.c1; j <= r.c2; j++) {
        k++;
        const v = this.src.value(r.sheet, i, j);
        if (v !== null && !isError(v) && compare(v, x) === 0) return k;
      }
    }
    return err("#N/A");
  }
}

function isArith(op: string): boolean {
  return op === "+" || op === "-" || op === "*" || op === "/" || op === "^";
}

function text(v: Scalar): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** Excel's ordering: numbers < text < booleans; text case-insensitive; empty = 0 or "". */
function compare(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string") {
    const x = a.toLowerCase();
    const y = (b as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

/** COUNTIF-style criterion: "=x", "<>x", ">5", "Trễ*" (wildcards * ? with ~ escape), numbers. */
function criterion(c: Scalar): (v: Scalar) => boolean {
  if (typeof c === "number" || typeof c === "boolean")
    return (v) => v !== null && compare(v, c) === 0;
  const s = text(c);
  const m = /^(<>|<=|>=|=|<|>)?(.*)$/s.exec(s)!;
  const op = m[1] ?? "=";
  const rhs = m[2];
  const num = rhs.trim() !== "" && Number.isFinite(Number(rhs)) ? Number(rhs) : undefined;
  if (op === "=" || op === "<>") {
    let eq: (v: Scalar) => boolean;
    if (rhs === "") eq = (v) => v === null || v === "";
    else if (num !== undefined) eq = (v) => typeof v === "number" && v === num;
    else {
      const re = wildcard(rhs);
      eq = (v) => typeof v === "string" && re.test(v);
    }
    return op === "=" ? eq : (v) => !eq(v);
  }
  return (v) => {
    if (v === null || isError(v)) return false;
    if (num !== undefined) {
      if (typeof v !== "number") return false;
      const d = v - num;
      return { "<": d < 0, "<=": d <= 0, ">": d > 0, ">=": d >= 0 }[op]!;
    }
    if (typeof v !== "string") return false;
    const d = compare(v, rhs);
    return { "<": d < 0, "<=": d <= 0, ">": d > 0, ">=": d >= 0 }[op]!;
  };
}

function wildcard(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "~" && i + 1 < pattern.length) re += escapeRe(pattern[++i]);
    else if (ch === "*") re += "[\\s\\S]*";
    else if (ch === "?") re += "[\\s\\S]";
    else re += escapeRe(ch);
  }
  return new RegExp(`^${re}$`, "i");
}

function escapeRe(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
