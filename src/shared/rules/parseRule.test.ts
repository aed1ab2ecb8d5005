import fc from "fast-check";
import type { RuleAst } from "./ast";
import { formatRule } from "./formatRule.testutil";
import { parseRule } from "./parseRule";

function ast(expr: string): RuleAst {
  const r = parseRule(expr);
  if (!r.ok) throw new Error(`${expr}: ${r.error.en} at ${r.error.position}`);
  return r.ast;
}

function errorOf(expr: string) {
  const r = parseRule(expr);
  if (r.ok) throw new Error(`${expr} parsed`);
  return r.error;
}

describe("parseRule", () => {
  it("parses references of the rule's sheet, another sheet, and a fixed column", () => {
    expect(ast("[1.3] <= [B2:1.4@2016]")).toEqual({
      kind: "compare",
      op: "<=",
      left: { kind: "ref", code: "1.3", pos: 0 },
      right: { kind: "ref", sheet: "B2", code: "1.4", column: "2016", pos: 9 },
      pos: 6,
    });
    expect(ast("[ B3 : 2.a ] = 0")).toMatchObject({ left: { sheet: "B3", code: "2.a" } });
  });

  it("reads decimals and percentages", () => {
    expect(ast("[4] >= 1.5")).toMatchObject({ right: { kind: "number", value: 1.5 } });
    expect(ast("[4] >= .25")).toMatchObject({ right: { kind: "number", value: 0.25 } });
    expect(ast("[4] >= 50%")).toMatchObject({ right: { kind: "number", value: 0.5 } });
  });

  it("gives * and / precedence over + and -, left to right", () => {
    expect(formatRule(ast("[1] + [2] * [3] - [4] / 2 = 0"))).toBe("[1] + [2] * [3] - [4] / 2 = 0");
    expect(ast("[1] - [2] - [3] = 0")).toMatchObject({
      left: {
        op: "-",
        left: { op: "-", left: { code: "1" }, right: { code: "2" } },
        right: { code: "3" },
      },
    });
    expect(ast("[1] * ([2] + [3]) = 0")).toMatchObject({
      left: { op: "*", right: { op: "+" } },
    });
  });

  it("binds and tighter than or, not tighter than and, comparisons tighter than not", () => {
    expect(ast("[1] > 0 or [2] > 0 and [3] > 0")).toMatchObject({
      op: "or",
      right: { op: "and" },
    });
    expect(ast("not [1] > 0 and [2] > 0")).toMatchObject({
      op: "and",
      left: { kind: "not", operand: { kind: "compare", op: ">" } },
    });
    expect(ast("NOT ([1] > 0 AND [2] > 0)")).toMatchObject({ kind: "not", operand: { op: "and" } });
  });

  it("reads unary minus, functions and if", () => {
    expect(ast("-[1] < -2")).toMatchObject({
      left: { kind: "negate", operand: { kind: "ref" } },
      right: { kind: "negate", operand: { value: 2 } },
    });
    expect(ast("[2] = sum([2.1], [2.2], [2.3])")).toMatchObject({
      right: {
        kind: "call",
        name: "sum",
        args: [{ code: "2.1" }, { code: "2.2" }, { code: "2.3" }],
      },
    });
    expect(ast("abs([1] - [2]) <= max(1, min([3], 5))")).toMatchObject({
      left: { name: "abs" },
      right: { name: "max", args: [{ value: 1 }, { name: "min" }] },
    });
    expect(ast("if([9] = 1, [7] >= 1, [7] >= 0)")).toMatchObject({
      kind: "call",
      name: "if",
    });
    expect(ast("SUM([1]) = Max([2])")).toMatchObject({
      left: { name: "sum" },
      right: { name: "max" },
    });
  });

  it("accepts the typographic signs ≤ ≥ ≠", () => {
    expect(ast("[1] ≤ [2]")).toMatchObject({ op: "<=" });
    expect(ast("[1] ≥ [2]")).toMatchObject({ op: ">=" });
    expect(ast("[1] ≠ [2]")).toMatchObject({ op: "<>" });
  });

  it("reports errors with the position where they were found", () => {
    expect(errorOf("[1.3] <=")).toMatchObject({ position: 8 });
    expect(errorOf("[1.3] <=").vi).toMatch(/Thiếu giá trị/);
    expect(errorOf("[1.3 <= 2")).toMatchObject({ position: 0 });
    expect(errorOf("[1.3] <= 2 )")).toMatchObject({ position: 11 });
    expect(errorOf("[1] # 2").position).toBe(4);
    expect(errorOf("([1] + 2 > 3").position).toBe(12);
    expect(errorOf("([1] + 2 > 3").vi).toMatch(/Thiếu "\)"/);
    expect(errorOf("[1] < [2] < [3]").position).toBe(10);
    expect(errorOf("foo([1]) > 0")).toMatchObject({ position: 0 });
    expect(errorOf("abs([1], [2]) > 0").en).toMatch(/takes 1 argument/);
    expect(errorOf("if([1] > 0, 1) > 0").en).toMatch(/takes 3/);
    expect(errorOf("[1] > 1.2.3").position).toBe(6);
    expect(errorOf("[B2:] > 0").position).toBe(0);
    expect(errorOf("[1@] > 0").position).toBe(0);
    expect(errorOf("").position).toBe(0);
  });

  it("checks types: a rule is a condition, arithmetic takes numbers", () => {
    expect(errorOf("[1] + [2]")).toMatchObject({ position: 4 });
    expect(errorOf("[1] + [2]").vi).toMatch(/điều kiện/);
    expect(errorOf("([1] > 2) + 1 > 0").en).toMatch(/number is needed/);
    expect(errorOf("[1] and [2] > 0").en).toMatch(/condition/);
    expect(errorOf("[1] = ([2] > 0)").en).toMatch(/differ in type/);
    expect(errorOf("if([1], 1, 2) > 0").en).toMatch(/condition/);
    expect(errorOf("if([1] > 0, 1, [2] > 0)").en).toMatch(/same type/);
    expect(ast("([1] > 0) = ([2] > 0)")).toMatchObject({ kind: "compare", op: "=" });
  });

  it("gives every message in Vietnamese and English", () => {
    for (const expr of ["[1] <", "[1", "x > 1", "1 ++", "[1] + 1", "((1 > 0)", "1 > 0 1"]) {
      const e = errorOf(expr);
      expect(e.vi.length).toBeGreaterThan(0);
      expect(e.en.length).toBeGreaterThan(0);
      expect(e.position).toBeGreaterThanOrEqual(0);
      expect(e.position).toBeLessThanOrEqual(expr.length);
    }
  });

  it("refuses absurd nesting and length instead of overflowing the stack", () => {
    expect(errorOf("(".repeat(5000) + "1 > 0" + ")".repeat(5000)).vi).toMatch(/quá dài|quá sâu/);
    expect(errorOf("(".repeat(200) + "1 > 0" + ")".repeat(200)).vi).toMatch(/quá sâu/);
    expect(errorOf("-".repeat(200) + "1 > 0").vi).toMatch(/quá sâu/);
    expect(ast("(".repeat(20) + "1 > 0" + ")".repeat(20))).toMatchObject({ kind: "compare" });
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const r = parseRule(text);
        if (!r.ok) {
          expect(r.error.position).toBeGreaterThanOrEqual(0);
          expect(r.error.position).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on strings made of the language's own pieces", () => {
    const piece = fc.constantFrom(
      "[1]",
      "[B2:1.3]",
      "[B2:1@2016]",
      "1.5",
      "50%",
      "+",
      "-",
      "*",
      "/",
      "(",
      ")",
      ",",
      "=",
      "<>",
      "<",
      "<=",
      ">",
      ">=",
      "and",
      "or",
      "not",
      "sum",
      "abs",
      "min",
      "max",
      "if",
      " ",
      "[",
      "]",
      "@",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        const r = parseRule(text);
        if (r.ok) expect(parseRule(formatRule(r.ast)).ok).toBe(true);
        else expect(r.error.position).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 3000 },
    );
  });
});
