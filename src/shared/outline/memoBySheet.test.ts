import { embeddedCampaign } from "../campaign/embedded";
import type { IndicatorSheet } from "../model";
import { memoBySheet } from "./memoBySheet";

describe("memoBySheet", () => {
  const sheets = embeddedCampaign.outline.sheets.filter(
    (s): s is IndicatorSheet => s.kind === "indicators",
  );

  it("runs once per sheet and gives each sheet its own result", () => {
    const calls: string[] = [];
    const countOf = memoBySheet((s) => {
      calls.push(s.id);
      return s.indicators.length;
    });
    expect(countOf(sheets[0])).toBe(sheets[0].indicators.length);
    expect(countOf(sheets[0])).toBe(sheets[0].indicators.length);
    expect(countOf(sheets[1])).toBe(sheets[1].indicators.length);
    expect(calls).toEqual([sheets[0].id, sheets[1].id]);
  });

  it("tells apart a copy of a sheet (another campaign's)", () => {
    let calls = 0;
    const idOf = memoBySheet((s) => (calls++, s.id));
    idOf(sheets[0]);
    idOf({ ...sheets[0] });
    expect(calls).toBe(2);
  });
});
