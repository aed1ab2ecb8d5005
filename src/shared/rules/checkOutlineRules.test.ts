import { embeddedCampaign } from "../campaign/embedded";
import type { Outline } from "../model";
import { checkOutlineRules } from "./checkOutlineRules";

const withRules = (rules: Array<{ sheet: string; expr: string }>): Outline => ({
  ...embeddedCampaign.outline,
  rules: rules.map((r, i) => ({ id: `R${i}`, message: { vi: "x" }, severity: "error", ...r })),
});

describe("checkOutlineRules", () => {
  it("finds no problem in the embedded outline, which has rules on every indicator sheet", () => {
    const outline = embeddedCampaign.outline;
    expect(checkOutlineRules(outline)).toEqual([]);
    expect(outline.rules.length).toBeGreaterThanOrEqual(5);
    expect(new Set(outline.rules.map((r) => r.sheet))).toEqual(new Set(["B1", "B2", "B3"]));
  });

  it("reports a rule that does not parse, with its position", () => {
    const problems = checkOutlineRules(withRules([{ sheet: "B1", expr: "[3] <= " }]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ ruleId: "R0", index: 0, position: 7 });
    expect(problems[0].vi).toMatch(/vị trí 8/);
  });

  it("reports unknown sheets, indicators, headings, columns and non-numeric indicators", () => {
    const problems = checkOutlineRules(
      withRules([
        { sheet: "B1", expr: "[99] <= [1]" },
        { sheet: "B1", expr: "[X9:1] <= [1]" },
        { sheet: "B1", expr: "[I] <= [1]" },
        { sheet: "B2", expr: "[2] <= [1@2030]" },
        { sheet: "B1", expr: "[3] <= [B2:1]" },
        { sheet: "ZZ", expr: "[1] >= 0" },
        { sheet: "B1", expr: "[TT:1] >= 0" },
      ]),
    );
    const byRule = (id: string) => problems.filter((p) => p.ruleId === id).map((p) => p.en);
    expect(byRule("R0")).toEqual([expect.stringMatching(/sheet B1 has no indicator 99/)]);
    expect(byRule("R1")).toEqual([expect.stringMatching(/missing indicator sheet: X9/)]);
    expect(byRule("R2")).toEqual([expect.stringMatching(/has no indicator I/)]);
    expect(byRule("R3")).toEqual([expect.stringMatching(/has no column 2030/)]);
    expect(byRule("R4")).toEqual([expect.stringMatching(/has no column SL; name the column/)]);
    expect(byRule("R5")).toEqual([expect.stringMatching(/no indicator sheet ZZ/)]);
    expect(byRule("R6")).toEqual([expect.stringMatching(/missing indicator sheet: TT/)]);
  });

  it("accepts a one-column sheet referenced from a year sheet, and text indicators are refused", () => {
    const outline = withRules([{ sheet: "B2", expr: "[2] <= [B1:1] * 10" }]);
    expect(checkOutlineRules(outline)).toEqual([]);
    const b1 = outline.sheets.find((s) => s.id === "B1");
    if (b1?.kind !== "indicators") throw new Error("B1");
    const textual: Outline = {
      ...outline,
      sheets: outline.sheets.map((s) =>
        s === b1
          ? {
              ...b1,
              indicators: b1.indicators.map((i) =>
                i.code === "1" ? { ...i, type: "text" as const } : i,
              ),
            }
          : s,
      ),
    };
    expect(checkOutlineRules(textual).map((p) => p.en)).toEqual([
      expect.stringMatching(/indicator 1 is not numeric \(text\)/),
    ]);
  });
});
