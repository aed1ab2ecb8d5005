import type { Grid } from "../model";
import { ITEM_COLUMNS, RULE_COLUMNS } from "./layout";
import { readTable } from "./readTable";

describe("readTable", () => {
  it("finds the header row below notes, in any column order, ignoring extra columns", () => {
    const grid: Grid = {
      name: "Đề cương - Chỉ tiêu",
      rows: [
        ["Ghi chú: Mã sheet, Mã, Kiểu…"],
        [],
        [null, "GHI CHÚ RIÊNG", "kieu", "Nội dung", "mã", "MÃ SHEET".normalize("NFD")],
        [null, "bỏ qua", "số nguyên", "Số cuộc", "1", "B1"],
        [],
        [null, "chỉ ghi chú"],
        [null, null, "ngày", "Ngày họp", "2", "B1"],
      ],
    };
    const table = readTable(grid, ITEM_COLUMNS);
    expect(table.headerRow).toBe(2);
    expect(table.columns).toEqual({ type: 2, label: 3, code: 4, sheet: 5 });
    expect(table.missing).toEqual([]);
    expect(table.rows.map((r) => r.row)).toEqual([3, 6]);
    expect(table.rows[0].cells).toEqual({
      type: "số nguyên",
      label: "Số cuộc",
      code: "1",
      sheet: "B1",
    });
  });

  it("accepts English headers", () => {
    const grid: Grid = {
      name: "Outline - Rules",
      rows: [
        ["Id", "Sheet id", "Expression", "Message", "Severity"],
        ["r1", "B1", "[1] >= 0", "m", "error"],
      ],
    };
    const table = readTable(grid, RULE_COLUMNS);
    expect(table.columns).toEqual({ id: 0, sheet: 1, expr: 2, messageVi: 3, severity: 4 });
    expect(table.rows).toHaveLength(1);
  });

  it("lists the required columns it could not find", () => {
    const grid: Grid = {
      name: "x",
      rows: [
        ["Mã sheet", "Mã", "Nội dung"],
        ["B1", "1", "a"],
      ],
    };
    const table = readTable(grid, ITEM_COLUMNS);
    expect(table.headerRow).toBe(0);
    expect(table.missing.map((c) => c.vi)).toEqual(["Kiểu"]);
  });

  it("reports no header row in an empty grid", () => {
    const table = readTable({ name: "x", rows: [] }, ITEM_COLUMNS);
    expect(table.headerRow).toBe(-1);
    expect(table.missing.map((c) => c.key)).toEqual(["sheet", "code", "label", "type"]);
    expect(table.rows).toEqual([]);
  });
});
