import { toExcelValidation } from "./toExcelValidation";

describe("toExcelValidation", () => {
  it("gives number kinds both bounds, opening the missing one", () => {
    expect(
      toExcelValidation({ range: "D5:D9", kind: "whole", min: 0, error: "Số nguyên ≥ 0" }),
    ).toEqual({
      type: "whole",
      operator: "between",
      allowBlank: true,
      formulae: [0, 1e15],
      showErrorMessage: true,
      errorStyle: "stop",
      error: "Số nguyên ≥ 0",
    });
    expect(
      toExcelValidation({ range: "A1", kind: "decimal", max: 1, prompt: "Tỷ lệ" }),
    ).toMatchObject({
      formulae: [-1e15, 1],
      showInputMessage: true,
      prompt: "Tỷ lệ",
    });
    expect(toExcelValidation({ range: "A1", kind: "textLength", max: 200 }).formulae).toEqual([
      0, 200,
    ]);
  });

  it("gives date bounds as serials, the open one 9999-12-31", () => {
    const v = toExcelValidation({ range: "E4", kind: "date", min: 45000 });
    expect(v.formulae).toEqual([45000, 2958465]);
    // Past Excel's last date, or before its first, a bound is the widest Excel has.
    expect(toExcelValidation({ range: "E4", kind: "date", min: -5, max: 1e15 }).formulae).toEqual([
      1, 2958465,
    ]);
  });

  it("writes a list inline, doubling quotes", () => {
    expect(toExcelValidation({ range: "C7", kind: "list", list: ["Có", 'Loại "A"'] })).toEqual({
      type: "list",
      allowBlank: true,
      formulae: ['"Có,Loại ""A"""'],
    });
  });
});
