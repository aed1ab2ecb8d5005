import { makeFinding } from "./makeFinding";
import { cellKey, errorCells } from "./errorCells";

describe("errorCells", () => {
  const where = { unit: "U1", file: "U1.xlsx", sheet: "B1", cell: "D6" };

  it("keeps the cells of error findings only", () => {
    const cells = errorCells([
      makeFinding("E_TYPE", where, { value: "abc" }),
      makeFinding("W_FORMULA", { ...where, cell: "D7" }, { detail: "=1+1", value: "2" }),
      makeFinding("E_REQUIRED", { unit: "U1", file: "U1.xlsx" }, {}),
    ]);
    expect([...cells]).toEqual([cellKey("B1", "D6")]);
  });

  it("tells apart the same address on two sheets", () => {
    const cells = errorCells([makeFinding("E_TYPE", where, { value: "abc" })]);
    expect(cells.has(cellKey("B1", "D6"))).toBe(true);
    expect(cells.has(cellKey("B2", "D6"))).toBe(false);
  });
});
