import { MAX_CELL_CHARS, toExcelInput } from "./toExcelInput";

describe("toExcelInput", () => {
  it("writes formulas with '=' and never turns text into a formula", () => {
    expect(toExcelInput({ f: "SUM(C5:C9)", v: 3 })).toEqual({
      input: "=SUM(C5:C9)",
      asText: false,
      isFormula: true,
    });
    expect(toExcelInput({ v: '=HYPERLINK("http://evil")' })).toEqual({
      input: '=HYPERLINK("http://evil")',
      asText: true,
      isFormula: false,
    });
  });
  it("doubles a leading apostrophe, drops non-finite numbers, truncates over-long text", () => {
    expect(toExcelInput({ v: "'x" }).input).toBe("''x");
    expect(toExcelInput({ v: Number.NaN }).input).toBe("");
    expect(toExcelInput({ v: true }).input).toBe(true);
    expect(toExcelInput(undefined).input).toBe("");
    expect((toExcelInput({ v: "a".repeat(40000) }).input as string).length).toBe(MAX_CELL_CHARS);
  });
});
