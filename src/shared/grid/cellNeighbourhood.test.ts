import type { Grid } from "../model";
import { cellNeighbourhood, cellText } from "./cellNeighbourhood";

const grid: Grid = {
  name: "B1",
  rows: [
    ["STT", "Chỉ tiêu", "2016", "2017"],
    ["1", "Số hội nghị", 12, 1234.5],
    ["2", "Số đảng viên", -5, { kind: "date", serial: 44321 }],
    ["3", "Tỷ lệ", { kind: "error", code: "#DIV/0!" }, null],
  ],
};

describe("cellNeighbourhood", () => {
  it("gives the cell and its neighbours as text, the target marked, clipped at the sheet's edge", () => {
    const n = cellNeighbourhood(grid, "C3", 1)!;
    expect(n.columns).toEqual(["B", "C", "D"]);
    expect(n.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(n.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["Số hội nghị", "12", "1.234,5"],
      ["Số đảng viên", "-5", "05/05/2021"],
      ["Tỷ lệ", "#DIV/0!", ""],
    ]);
    expect(n.rows[1].cells.filter((c) => c.target).map((c) => c.address)).toEqual(["C3"]);
    const corner = cellNeighbourhood(grid, "A1", 2)!;
    expect(corner.columns).toEqual(["A", "B", "C"]);
    expect(corner.rows[0].cells[0]).toEqual({ address: "A1", text: "STT", target: true });
  });

  it("is undefined for an address that is not A1", () => {
    expect(cellNeighbourhood(grid, "dòng 3")).toBeUndefined();
  });

  it("writes values as a Vietnamese reader expects", () => {
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(0.955)).toBe("0,955");
  });
});
