import { blockWrites } from "./blockWrites";
import { jsonBytes } from "./jsonBytes";

const styles = { int: { numberFormat: "#,##0" }, bold: { font: { bold: true } } };

describe("blockWrites", () => {
  it("pads ragged rows, picks formulas vs values and number formats per cell", () => {
    const [w] = blockWrites(
      {
        row: 2,
        col: 1,
        cells: [
          [
            { v: "1.1", s: "bold" },
            { v: 5, s: "int" },
          ],
          [{ f: "SUM(C3)", s: "int" }],
        ],
      },
      styles,
      1e6,
    );
    expect(w).toMatchObject({ row: 2, col: 1, rows: 2, cols: 2, hasFormula: true });
    expect(w.input).toEqual([
      ["1.1", 5],
      ["=SUM(C3)", ""],
    ]);
    expect(w.numberFormat).toEqual([
      ["@", "#,##0"],
      ["#,##0", "General"],
    ]);
  });
  it("omits number formats when all are General", () => {
    const [w] = blockWrites({ row: 0, col: 0, cells: [[{ v: "Hà Nội" }, { v: 1 }]] }, {}, 1e6);
    expect(w.numberFormat).toBeUndefined();
    expect(w.hasFormula).toBe(false);
  });
  it("splits by rows so each write stays under the byte budget, covering every row once", () => {
    const cells = Array.from({ length: 500 }, (_, i) => [
      { v: `Đơn vị số ${i}` },
      { v: i, s: "int" },
    ]);
    const writes = blockWrites({ row: 10, col: 0, cells }, styles, 2000);
    expect(writes.length).toBeGreaterThan(5);
    for (const w of writes) {
      expect(w.bytes).toBeLessThanOrEqual(2000);
      expect(jsonBytes(w.input) + jsonBytes(w.numberFormat)).toBeLessThanOrEqual(w.bytes);
    }
    expect(writes.reduce((s, w) => s + w.rows, 0)).toBe(500);
    expect(writes.map((w) => w.row)).toEqual(
      writes.map((_, k) => 10 + writes.slice(0, k).reduce((s, w) => s + w.rows, 0)),
    );
  });
});
