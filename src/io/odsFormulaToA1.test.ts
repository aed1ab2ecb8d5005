import { odsFormulaToA1 } from "./odsFormulaToA1";

describe("odsFormulaToA1", () => {
  it("turns ODS references with sheet names into A1 references", () => {
    expect(odsFormulaToA1("['Biểu 1'.C6]*2")).toBe("'Biểu 1'!C6*2");
    expect(odsFormulaToA1("SUM(['Biểu 1'.C4:.C5])")).toBe("SUM('Biểu 1'!C4:C5)");
    expect(odsFormulaToA1("SUM([Data.$A$1:Data.$B$9])")).toBe("SUM(Data!$A$1:$B$9)");
    expect(odsFormulaToA1("['It''s'.A1]")).toBe("'It''s'!A1");
  });

  it("unwraps bracketed references on the same sheet, including absolute ones", () => {
    expect(odsFormulaToA1("[.$C$4]+[.D5:.E6]")).toBe("$C$4+D5:E6");
  });

  it("leaves formulas without brackets alone", () => {
    expect(odsFormulaToA1('IF(C6>300,"Đạt","Chưa đạt")')).toBe('IF(C6>300,"Đạt","Chưa đạt")');
  });
});
