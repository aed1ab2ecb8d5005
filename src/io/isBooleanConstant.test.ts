import { isBooleanConstant } from "./isBooleanConstant";

describe("isBooleanConstant", () => {
  it("recognises LibreOffice's typed booleans with a boolean or numeric value", () => {
    expect(isBooleanConstant("TRUE()", 1)).toBe(true);
    expect(isBooleanConstant("false", false)).toBe(true);
    expect(isBooleanConstant("FALSE()", 0)).toBe(true);
  });

  it("leaves real formulas and text results alone", () => {
    expect(isBooleanConstant("A1>0", true)).toBe(false);
    expect(isBooleanConstant("TRUE()", "TRUE")).toBe(false);
    expect(isBooleanConstant("TRUE()", null)).toBe(false);
    expect(isBooleanConstant("NOT(TRUE())", false)).toBe(false);
  });
});
