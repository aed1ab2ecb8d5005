import fc from "fast-check";
import type { RuleAst, RuleReference } from "./ast";
import { evaluateRule, type RuleLookup } from "./evaluateRule";
import { parseRule } from "./parseRule";

function ast(expr: string): RuleAst {
  const r = parseRule(expr);
  if (!r.ok) throw new Error(`${expr}: ${r.error.en}`);
  return r.ast;
}

/** Values keyed `sheet:code@column`; the rule's own sheet is written without a sheet. */
function lookupFrom(values: Record<string, number | null>): RuleLookup {
  return (ref: RuleReference, column: string) =>
    values[`${ref.sheet ? ref.sheet + ":" : ""}${ref.code}@${column}`];
}

const run = (expr: string, values: Record<string, number | null>, column = "SL") =>
  evaluateRule(ast(expr), lookupFrom(values), column);

describe("evaluateRule", () => {
  it("decides a comparison and reports both sides", () => {
    expect(run("[3] <= [1]", { "3@SL": 5, "1@SL": 3 })).toEqual({
      result: false,
      left: 5,
      right: 3,
      op: "<=",
    });
    expect(run("[3] <= [1]", { "3@SL": 3, "1@SL": 3 }).result).toBe(true);
  });

  it("looks references up in the column being checked, or the fixed one", () => {
    const values = { "2@2016": 10, "1@2016": 12, "2@2017": 15, "1@2017": 12, "B2:1@2020": 4 };
    expect(run("[2] <= [1]", values, "2016").result).toBe(true);
    expect(run("[2] <= [1]", values, "2017").result).toBe(false);
    expect(run("[2] <= [B2:1@2020] * 4", values, "2016")).toMatchObject({
      result: true,
      right: 16,
    });
  });

  it("computes arithmetic with the usual precedence and functions", () => {
    const v = { "1@SL": 2, "2@SL": 3, "3@SL": 4 };
    expect(run("[1] + [2] * [3] = 14", v).result).toBe(true);
    expect(run("([1] + [2]) * [3] = 20", v).result).toBe(true);
    expect(run("[3] / [1] - [2] = -1", v).result).toBe(true);
    expect(run("sum([1], [2], [3]) = 9", v).result).toBe(true);
    expect(run("min([1], [2], [3]) = 2 and max([1], [2], [3]) = 4", v).result).toBe(true);
    expect(run("abs([1] - [3]) = 2", v).result).toBe(true);
    expect(run("if([1] > [2], [1], [2]) = 3", v).result).toBe(true);
    expect(run("-[1] < 0", v).result).toBe(true);
  });

  it("compares with a relative tolerance for decimal sums", () => {
    const v = { "1@SL": 0.1, "2@SL": 0.2, "3@SL": 0.3 };
    expect(run("[1] + [2] = [3]", v).result).toBe(true);
    expect(run("[1] + [2] <= [3]", v).result).toBe(true);
    expect(run("[1] + [2] > [3]", v).result).toBe(false);
    expect(run("[1] + [2] <> [3]", v).result).toBe(false);
    expect(run("[1] < [2]", v).result).toBe(true);
  });

  it("is undecidable (null) when a needed value is empty, or on division by zero", () => {
    expect(run("[3] <= [1]", { "3@SL": 5 })).toEqual({ result: null });
    expect(run("[3] <= [1]", { "3@SL": 5, "1@SL": null })).toEqual({ result: null });
    expect(run("sum([1], [2]) = 3", { "1@SL": 3 }).result).toBeNull();
    expect(run("[1] / [2] < 1", { "1@SL": 3, "2@SL": 0 }).result).toBeNull();
    expect(run("not [1] > 0", {}).result).toBeNull();
  });

  it("uses three-valued and/or: a decided side settles the outcome", () => {
    expect(run("[1] > 0 or [2] = 0", { "2@SL": 0 }).result).toBe(true);
    expect(run("[1] > 0 or [2] = 0", { "2@SL": 4 }).result).toBeNull();
    expect(run("[1] > 0 and [2] = 0", { "2@SL": 4 })).toEqual({
      result: false,
      left: 4,
      right: 0,
      op: "=",
    });
    expect(run("[1] > 0 and [2] = 0", { "2@SL": 0 }).result).toBeNull();
    expect(run("if([9] = 1, [1] > 0, 1 > 0)", { "9@SL": 0 }).result).toBe(true);
    expect(run("if([9] = 1, [1] > 0, 1 > 0)", {}).result).toBeNull();
  });

  it("reports the comparison that failed inside and/or", () => {
    const v = { "1@SL": 5, "2@SL": 3, "3@SL": 1 };
    expect(run("[3] <= [1] and [1] <= [2]", v)).toEqual({
      result: false,
      left: 5,
      right: 3,
      op: "<=",
    });
    expect(run("[1] < [3] or [2] < [3]", v)).toMatchObject({ result: false, left: 5, right: 1 });
  });

  it("treats non-finite lookups as empty", () => {
    expect(run("[1] > 0", { "1@SL": NaN }).result).toBeNull();
    expect(run("[1] > 0", { "1@SL": Infinity }).result).toBeNull();
  });

  it("agrees with plain JavaScript on random parts ≤ whole checks", () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), (a, b, whole) => {
        const r = run("[1.1] + [1.2] <= [1]", { "1.1@SL": a, "1.2@SL": b, "1@SL": whole });
        expect(r.result).toBe(a + b <= whole);
        expect(r.left).toBe(a + b);
        expect(r.right).toBe(whole);
      }),
    );
  });
});
