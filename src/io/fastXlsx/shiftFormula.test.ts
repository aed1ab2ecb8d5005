import { shiftFormula } from "./shiftFormula";

describe("shiftFormula", () => {
  it("moves relative references by the distance from the anchor, keeps absolute parts", () => {
    const anchor = { row: 2, col: 0 };
    expect(shiftFormula("A2*2+$B$2+C$1+$D1", anchor, { row: 4, col: 1 })).toBe("B4*2+$B$2+D$1+$D3");
    expect(shiftFormula("SUM(A1:B2)", anchor, anchor)).toBe("SUM(A1:B2)");
  });

  it("leaves names and functions that only look like references", () => {
    expect(shiftFormula("LOG10(A1)+Sheet1.A1+A1_x", { row: 0, col: 0 }, { row: 1, col: 0 })).toBe(
      "LOG10(A2)+Sheet1.A1+A1_x",
    );
  });

  it("shifts inside string literals too, as SheetJS does", () => {
    expect(shiftFormula('"A1"&B1', { row: 0, col: 0 }, { row: 0, col: 1 })).toBe('"B1"&C1');
  });

  it("fails where SheetJS fails (left of column A); rows may go to 0 or below", () => {
    expect(shiftFormula("A1", { row: 0, col: 1 }, { row: 0, col: 0 })).toBeUndefined();
    expect(shiftFormula("B1", { row: 1, col: 0 }, { row: 0, col: 0 })).toBe("B0");
  });
});
