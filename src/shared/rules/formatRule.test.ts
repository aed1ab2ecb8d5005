import fc from "fast-check";
import type { ComparisonOp, RuleAst } from "./ast";
import { formatRule } from "./formatRule.testutil";
import { parseRule } from "./parseRule";

/** The tree without positions, which formatting does not keep. */
function shape(node: RuleAst): unknown {
  return JSON.parse(JSON.stringify(node, (k, v: unknown) => (k === "pos" ? undefined : v)));
}

const refArb = fc.record(
  {
    kind: fc.constant("ref" as const),
    sheet: fc.constantFrom("B1", "B2", "X_3"),
    code: fc.constantFrom("1", "1.2", "2.a", "10"),
    column: fc.constantFrom("SL", "2016"),
    pos: fc.constant(0),
  },
  { requiredKeys: ["kind", "code", "pos"] },
);

/** Well-typed trees: numbers and conditions, as the parser would build them. */
const { num, cond } = fc.letrec<{ num: RuleAst; cond: RuleAst }>((tie) => ({
  num: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({
      kind: fc.constant("number" as const),
      value: fc.oneof(
        fc.nat(1000),
        fc.nat(1e9).map((n) => n / 1000),
        fc.constant(1e-7),
      ),
      pos: fc.constant(0),
    }),
    refArb,
    fc.record({ kind: fc.constant("negate" as const), operand: tie("num"), pos: fc.constant(0) }),
    fc.record({
      kind: fc.constant("arithmetic" as const),
      op: fc.constantFrom("+" as const, "-" as const, "*" as const, "/" as const),
      left: tie("num"),
      right: tie("num"),
      pos: fc.constant(0),
    }),
    fc.record({
      kind: fc.constant("call" as const),
      name: fc.constantFrom("sum" as const, "min" as const, "max" as const),
      args: fc.array(tie("num"), { minLength: 1, maxLength: 3 }),
      pos: fc.constant(0),
    }),
  ),
  cond: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({
      kind: fc.constant("compare" as const),
      op: fc.constantFrom<ComparisonOp>("=", "<>", "<", "<=", ">", ">="),
      left: tie("num"),
      right: tie("num"),
      pos: fc.constant(0),
    }),
    fc.record({ kind: fc.constant("not" as const), operand: tie("cond"), pos: fc.constant(0) }),
    fc.record({
      kind: fc.constant("logical" as const),
      op: fc.constantFrom("and" as const, "or" as const),
      left: tie("cond"),
      right: tie("cond"),
      pos: fc.constant(0),
    }),
    fc.record({
      kind: fc.constant("compare" as const),
      op: fc.constantFrom<ComparisonOp>("=", "<>"),
      left: tie("cond"),
      right: tie("cond"),
      pos: fc.constant(0),
    }),
    fc.record({
      kind: fc.constant("call" as const),
      name: fc.constant("if" as const),
      args: fc.tuple(tie("cond"), tie("cond"), tie("cond")),
      pos: fc.constant(0),
    }),
  ),
}));
void num;

describe("formatRule", () => {
  it("writes the canonical text with only the parentheses that matter", () => {
    const r = parseRule("(([1]))+[2]*3 >= 4 AND NOT(([B2:1@2016] = 1))");
    if (!r.ok) throw new Error(r.error.en);
    expect(formatRule(r.ast)).toBe("[1] + [2] * 3 >= 4 and not [B2:1@2016] = 1");
  });

  it("keeps the parentheses that change the meaning", () => {
    for (const text of [
      "[1] - ([2] - [3]) = 0",
      "[1] / ([2] * [3]) = 0",
      "([1] + [2]) * [3] = 0",
      "-([1] + [2]) < 0",
      "([1] > 0 or [2] > 0) and [3] > 0",
      "not ([1] > 0 and [2] > 0)",
      "([1] > 0) = ([2] > 0)",
    ]) {
      const r = parseRule(text);
      if (!r.ok) throw new Error(r.error.en);
      expect(formatRule(r.ast)).toBe(text);
    }
  });

  it("writes tiny and huge numbers without exponents", () => {
    const r = parseRule("[1] > 0.0000001 and [2] < 1000000000000000000000000");
    if (!r.ok) throw new Error(r.error.en);
    expect(formatRule(r.ast)).toBe("[1] > 0.0000001 and [2] < 1000000000000000000000000");
  });

  it("round-trips: parsing the formatted text gives the same tree", () => {
    fc.assert(
      fc.property(cond, (tree) => {
        const text = formatRule(tree);
        const r = parseRule(text);
        if (!r.ok) throw new Error(`${text}: ${r.error.en}`);
        expect(shape(r.ast)).toEqual(shape(tree));
      }),
      { numRuns: 500 },
    );
  });
});
