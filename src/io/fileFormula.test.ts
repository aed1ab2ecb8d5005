import { toFileFormula } from "./fileFormula";

describe("toFileFormula", () => {
  it("prefixes Excel 2019+ functions and leaves older ones alone", () => {
    expect(toFileFormula('IF(COUNTIFS(D6:D9,"A",G6:G9,"<>")=0,"",MINIFS(G6:G9,D6:D9,"A"))')).toBe(
      'IF(COUNTIFS(D6:D9,"A",G6:G9,"<>")=0,"",_xlfn.MINIFS(G6:G9,D6:D9,"A"))',
    );
    expect(toFileFormula("MAXIFS(A1:A2,B1:B2,1)+SUMIFS(A1:A2,B1:B2,1)")).toBe(
      "_xlfn.MAXIFS(A1:A2,B1:B2,1)+SUMIFS(A1:A2,B1:B2,1)",
    );
    expect(toFileFormula("_xlfn.MINIFS(A1:A2,B1:B2,1)")).toBe("_xlfn.MINIFS(A1:A2,B1:B2,1)");
    expect(toFileFormula("SUBTOTAL(9,A1:A5)")).toBe("SUBTOTAL(9,A1:A5)");
  });
});
