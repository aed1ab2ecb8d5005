import { groupFormula, ratioFormula, totalFormula } from "./formulas";

describe("aggregate formulas", () => {
  it("uses SUBTOTAL so filtered views and nested subtotals stay right", () => {
    expect(totalFormula("sum", "G6:G45")).toBe('IF(COUNT(G6:G45)=0,"",SUBTOTAL(9,G6:G45))');
    expect(totalFormula("mean", "G6:G45")).toContain("SUBTOTAL(1,");
    expect(totalFormula("min", "G6:G45")).toContain("SUBTOTAL(5,");
    expect(totalFormula("max", "G6:G45")).toContain("SUBTOTAL(4,");
    expect(totalFormula("none", "G6:G45")).toBeUndefined();
  });
  it("subtotals by a key column with the *IFS family, quoting the key", () => {
    expect(groupFormula("sum", "G6:G45", "D6:D45", "DBCS")).toBe(
      'IF(COUNTIFS(D6:D45,"DBCS",G6:G45,"<>")=0,"",SUMIFS(G6:G45,D6:D45,"DBCS"))',
    );
    expect(groupFormula("max", "G6:G45", "D6:D45", 'a"b')).toContain(
      'MAXIFS(G6:G45,D6:D45,"a""b")',
    );
  });
  it("computes ratios from parts with an empty result for a zero denominator", () => {
    expect(ratioFormula("D7", "D6")).toBe('IF(N(D6)=0,"",D7/D6)');
  });
});
