import type { RuleAst } from "./ast";
import { parseRule } from "./parseRule";
import { referencesOf } from "./referencesOf";

function ast(expr: string): RuleAst {
  const r = parseRule(expr);
  if (!r.ok) throw new Error(r.error.en);
  return r.ast;
}

describe("referencesOf", () => {
  it("lists references in reading order, each once", () => {
    expect(
      referencesOf(ast("[2] <= [B1:1] + [2] and sum([2.1], [B2:1@2016]) >= abs(-[2])")),
    ).toEqual([
      { code: "2" },
      { sheet: "B1", code: "1" },
      { code: "2.1" },
      { sheet: "B2", code: "1", column: "2016" },
    ]);
  });

  it("keeps the same code of different sheets or columns apart", () => {
    expect(referencesOf(ast("[1] = [B2:1] and [B2:1@2016] = [B2:1@2017]"))).toEqual([
      { code: "1" },
      { sheet: "B2", code: "1" },
      { sheet: "B2", code: "1", column: "2016" },
      { sheet: "B2", code: "1", column: "2017" },
    ]);
  });

  it("finds none in a constant rule", () => {
    expect(referencesOf(ast("1 + 1 = 2"))).toEqual([]);
  });
});
