import { parseExcelInput } from "./parseExcelInput";

describe("parseExcelInput (what Excel does with written strings)", () => {
  it("turns formula-like, numeric, boolean and date text into other things in General cells", () => {
    expect(parseExcelInput("=1+1", "General")).toEqual({ kind: "formula", formula: "=1+1" });
    expect(parseExcelInput("+cmd", "General")).toEqual({ kind: "formula", formula: "=+cmd" });
    expect(parseExcelInput("@SUM(A1)", "General")).toEqual({
      kind: "formula",
      formula: "=SUM(A1)",
    });
    expect(parseExcelInput("-5", "General")).toEqual({ kind: "value", value: -5 });
    expect(parseExcelInput("1.10", "General")).toEqual({ kind: "value", value: 1.1 });
    expect(parseExcelInput("0912345678", "General")).toEqual({ kind: "value", value: 912345678 });
    expect(parseExcelInput("TRUE", "General")).toEqual({ kind: "value", value: true });
    expect(parseExcelInput("95%", "General")).toEqual({
      kind: "value",
      value: 0.95,
      numberFormat: "0%",
    });
    expect(parseExcelInput("5/4/2021", "General")).toEqual({
      kind: "value",
      value: 44320,
      numberFormat: "m/d/yyyy",
    });
    // Excel's phantom 29/02/1900 is a date to it; impossible dates and years before 1900 are text.
    expect(parseExcelInput("2/29/1900", "General")).toEqual({
      kind: "value",
      value: 60,
      numberFormat: "m/d/yyyy",
    });
    expect(parseExcelInput("3/1/1900", "General")).toMatchObject({ value: 61 });
    for (const s of ["2/29/2021", "4/31/2021", "13/1/2021", "12/31/1899"])
      expect(parseExcelInput(s, "General")).toEqual({ kind: "value", value: s });
  });

  it("keeps text in text-formatted cells and consumes a leading apostrophe", () => {
    expect(parseExcelInput("=1+1", "@")).toEqual({ kind: "value", value: "=1+1" });
    expect(parseExcelInput("1.10", "@")).toEqual({ kind: "value", value: "1.10" });
    expect(parseExcelInput("'=x", "General")).toEqual({
      kind: "value",
      value: "=x",
      quotePrefix: true,
    });
    expect(parseExcelInput("Hà Nội", "General")).toEqual({ kind: "value", value: "Hà Nội" });
    // A cell address is text, not a number in E-notation (issue 16: "NaN" in the Ô column).
    expect(parseExcelInput("E7", "General")).toEqual({ kind: "value", value: "E7" });
    expect(parseExcelInput("e12", "General")).toEqual({ kind: "value", value: "e12" });
    expect(parseExcelInput("1E7", "General")).toEqual({ kind: "value", value: 1e7 });
    expect(parseExcelInput(".5", "General")).toEqual({ kind: "value", value: 0.5 });
    expect(parseExcelInput("", "General")).toEqual({ kind: "empty" });
    expect(parseExcelInput(3, "General")).toEqual({ kind: "value", value: 3 });
  });
});
