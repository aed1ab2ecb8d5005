import {
  callsSubtotal,
  evaluateFormula,
  parseFormula,
  type CellSource,
  type Scalar,
} from "./formulaEngine";

/** A tiny sheet map: sheet → A1 → value or "=formula". */
function source(sheets: Record<string, Record<string, Scalar | string>>): CellSource {
  const cell = (sheet: string, r: number, c: number) => {
    const addr = String.fromCharCode(65 + c) + (r + 1);
    return sheets[sheet]?.[addr];
  };
  const src: CellSource = {
    hasSheet: (s) => s in sheets,
    isSubtotal: (s, r, c) => {
      const v = cell(s, r, c);
      return typeof v === "string" && v.startsWith("=") && callsSubtotal(v);
    },
    value: (s, r, c) => {
      const v = cell(s, r, c);
      if (v === undefined) return null;
      if (typeof v === "string" && v.startsWith("=")) return evaluateFormula(v, s, src);
      return v as Scalar;
    },
  };
  return src;
}

describe("formulaEngine", () => {
  const book = source({
    S: {
      A1: 1,
      A2: 2,
      A3: "x",
      A4: 4,
      A5: "=SUBTOTAL(9,A1:A4)",
      A6: "=SUBTOTAL(9,A1:A5)",
      B1: "CQ",
      B2: "DN",
      B3: "CQ",
      B4: "CQ",
    },
    "Tổng hợp": { A1: 10, B1: "Trễ 3 ngày", B2: "Đúng hạn", B3: "Trễ 1 ngày", C1: 5, C2: 7, C3: 9 },
  });

  it("does arithmetic with precedence, unary minus, percent and text joining", () => {
    expect(evaluateFormula("=1+2*3^2", "S", book)).toBe(19);
    expect(evaluateFormula("=-A1+A2%", "S", book)).toBeCloseTo(-0.98);
    expect(evaluateFormula('="a"&A1&TRUE', "S", book)).toBe("a1TRUE");
    expect(evaluateFormula("=A2/0", "S", book)).toEqual({ error: "#DIV/0!" });
  });

  it("sums ranges ignoring text, and SUBTOTAL skips other subtotals", () => {
    expect(evaluateFormula("=SUM(A1:A4)", "S", book)).toBe(7);
    expect(evaluateFormula("=COUNT(A1:A4)", "S", book)).toBe(3);
    expect(evaluateFormula("=A5", "S", book)).toBe(7);
    expect(evaluateFormula("=A6", "S", book)).toBe(7);
    expect(evaluateFormula("=AVERAGE(A1:A4)", "S", book)).toBeCloseTo(7 / 3);
    expect(evaluateFormula("=MEDIAN(A1:A4)", "S", book)).toBe(2);
  });

  it("conditional aggregates with criteria and wildcards across quoted sheets", () => {
    expect(evaluateFormula('=SUMIFS(A1:A4,B1:B4,"CQ")', "S", book)).toBe(5);
    expect(evaluateFormula('=COUNTIFS(B1:B4,"CQ",A1:A4,"<>")', "S", book)).toBe(3);
    expect(evaluateFormula("=COUNTIF('Tổng hợp'!B1:B3,\"Trễ*\")", "S", book)).toBe(2);
    expect(evaluateFormula('=MAXIFS(A1:A4,B1:B4,"CQ")', "S", book)).toBe(4);
    expect(evaluateFormula('=AVERAGEIFS(A1:A4,B1:B4,"ZZ")', "S", book)).toEqual({
      error: "#DIV/0!",
    });
  });

  it("IF guards, N, INDEX/MATCH as the statistics sheet uses them", () => {
    expect(evaluateFormula('=IF(COUNT(A3)=0,"",SUM(A3))', "S", book)).toBe("");
    expect(evaluateFormula('=IF(N(A3)=0,"",A1/A3)', "S", book)).toBe("");
    expect(
      evaluateFormula(
        "=INDEX('Tổng hợp'!B1:B3,MATCH(MAX('Tổng hợp'!C1:C3),'Tổng hợp'!C1:C3,0))",
        "S",
        book,
      ),
    ).toBe("Trễ 1 ngày");
    expect(evaluateFormula("=MATCH(99,A1:A4,0)", "S", book)).toEqual({ error: "#N/A" });
  });

  it("unknown functions, bad syntax and missing sheets give Excel errors, not exceptions", () => {
    expect(evaluateFormula("=VLOOKUP(1,A1:A2,1)", "S", book)).toEqual({ error: "#NAME?" });
    expect(evaluateFormula("=1+", "S", book)).toEqual({ error: "#NAME?" });
    expect(evaluateFormula("=Nowhere!A1", "S", book)).toEqual({ error: "#REF!" });
    expect(() => parseFormula("SUM(1,2")).toThrow();
  });
});
