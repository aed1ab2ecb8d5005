import type { Cell, Grid } from "../model";
import { listTableEnd, type FoundColumn } from "./listTableEnd";

const cols: FoundColumn[] = [
  {
    c: 1,
    spec: {
      id: "kind",
      header: "Loại",
      type: "choice",
      choices: ["Tập thể", "Cá nhân"],
      required: true,
    },
  },
  { c: 2, spec: { id: "name", header: "Tên", type: "text", required: true } },
  { c: 3, spec: { id: "year", header: "Năm", type: "integer", required: false } },
];
const grid = (...rows: Cell[][]): Grid => ({
  name: "L",
  rows: [["STT", "Loại", "Tên", "Năm"], ...rows],
});

describe("listTableEnd", () => {
  it("ends at signature wording that does not fit the table", () => {
    const g = grid(
      [1, "Tập thể", "Phòng A", 2019],
      [null, "Người lập biểu", null, null, "BÍ THƯ"],
      [null, null, "Nguyễn Văn A"],
    );
    expect(listTableEnd(g, 0, cols, 0)).toBe(2);
  });

  it("ends after a blank row at a row that does not fit, with no signature words", () => {
    const g = grid([1, "Cá nhân", "Lê Thị Mai"], [], [null, null, "Trần Văn Bình"]);
    expect(listTableEnd(g, 0, cols, 0)).toBe(3);
  });

  it("keeps rows that fit, even after a blank row and holding a title ('Bí thư' as a position)", () => {
    const g = grid(
      [1, "Cá nhân", "Lê Thị Mai"],
      [],
      [2, "Cá nhân", "BÍ THƯ", 2020],
      [3, "Tập thể", "Tổ B", "x"],
    );
    expect(listTableEnd(g, 0, cols, 0)).toBe(g.rows.length);
  });

  it("keeps a row with one mistake, and an unnumbered table's unnumbered rows", () => {
    const g = grid(
      [null, "Cá nhân", "Lê Thị Mai"],
      [null, "Canhan", "Trần Văn Bình"],
      [null, "Tập thể", "Tổ C"],
    );
    expect(listTableEnd(g, 0, cols, 0)).toBe(g.rows.length);
  });

  it("ends an empty list at its signature", () => {
    expect(listTableEnd(grid([], [null, "T/M CHI ỦY"]), 0, cols, 0)).toBe(2);
  });
});
