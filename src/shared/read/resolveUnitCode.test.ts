import type { Unit } from "../model";
import { resolveUnitCode } from "./resolveUnitCode";

const units = [
  { code: "CBCS07", name: "a", level: "CBCS", type: "CQ", supervisor: "x" },
  { code: "CBCS0", name: "b", level: "CBCS", type: "CQ", supervisor: "x" },
  { code: "DBCS01", name: "c", level: "DBCS", type: "DN", supervisor: "x" },
] as Unit[];

describe("resolveUnitCode", () => {
  it("prefers the code written in the info sheet, in the registry's spelling", () => {
    expect(
      resolveUnitCode({ infoCode: " cbcs07 ", metaCode: "DBCS01", fileName: "x.xlsx" }, units),
    ).toBe("CBCS07");
  });
  it("keeps an unknown written code so it can be reported", () => {
    expect(resolveUnitCode({ infoCode: "ZZ9", fileName: "CBCS07.xlsx" }, units)).toBe("ZZ9");
  });
  it("falls back to the template's code, then to a whole word of the file name", () => {
    expect(resolveUnitCode({ metaCode: "DBCS01", fileName: "x.xlsx" }, units)).toBe("DBCS01");
    expect(resolveUnitCode({ fileName: "PL_cbcs07 - bao cao.xlsx" }, units)).toBe("CBCS07");
    expect(resolveUnitCode({ fileName: "CBCS071.xlsx" }, units)).toBeUndefined();
  });
});
