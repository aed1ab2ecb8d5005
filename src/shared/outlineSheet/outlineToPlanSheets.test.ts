import { parseA1Range } from "../a1/a1";
import type { PlanSheet, PlanStyle } from "../model";
import { PLAN_STYLES, type PlanStyleName } from "../plan/styles";
import { ITEM_COLUMNS, OUTLINE_SHEET_NAMES, RULE_COLUMNS, SHEET_COLUMNS } from "./layout";
import { outlineToPlanSheets } from "./outlineToPlanSheets";
import { columnOf, gridNamed, outlineGrids, richOutline, rowWhere } from "./richOutline.fixture";
import {
  AGGREGATION_WORDS,
  KIND_WORDS,
  SEVERITY_WORDS,
  VALUE_TYPE_WORDS,
  wordsOf,
} from "./vocabulary";

const sheets = outlineToPlanSheets(richOutline);
const grids = outlineGrids(richOutline);
const sheetsGrid = gridNamed(grids, OUTLINE_SHEET_NAMES.sheets.vi);
const itemsGrid = gridNamed(grids, OUTLINE_SHEET_NAMES.items.vi);
const rulesGrid = gridNamed(grids, OUTLINE_SHEET_NAMES.rules.vi);

function styleOf(name: string | undefined): PlanStyle {
  return PLAN_STYLES[name as PlanStyleName];
}

function headerRowOf(sheet: PlanSheet): number {
  return sheet.blocks[0].cells.findIndex((row) => row.some((c) => c.s === "header"));
}

describe("outlineToPlanSheets", () => {
  it("writes the three outline sheets, visible and editable", () => {
    expect(sheets.map((s) => s.name)).toEqual([
      "Đề cương",
      "Đề cương - Chỉ tiêu",
      "Đề cương - Ràng buộc",
    ]);
    for (const s of sheets) {
      expect(s.state).toBe("visible");
      expect(s.protect).toBe(false);
      expect(s.name.length).toBeLessThanOrEqual(31);
    }
  });

  it("writes the header block with outline id, version and title", () => {
    const value = (label: string) => {
      const r = rowWhere(sheetsGrid, 0, label);
      return sheetsGrid.rows[r][1];
    };
    expect(value("Mã đề cương")).toBe("sk-2025_test");
    expect(value("Phiên bản")).toBe("2.3.10");
    expect(value("Tên đề cương")).toBe(richOutline.title);
  });

  it("gives bold, frozen headers and one width per column", () => {
    const specs = [SHEET_COLUMNS, ITEM_COLUMNS, RULE_COLUMNS];
    sheets.forEach((sheet, i) => {
      const headerRow = headerRowOf(sheet);
      const headers = sheet.blocks[0].cells[headerRow].slice(0, specs[i].length);
      expect(headers.map((c) => c.v)).toEqual(specs[i].map((c) => c.vi));
      for (const c of headers) {
        expect(styleOf(c.s).font).toMatchObject({ bold: true });
      }
      expect(sheet.freeze).toEqual({ rows: headerRow + 1, cols: 0 });
      expect(sheet.columnWidths).toEqual(specs[i].map((c) => c.width));
    });
  });

  it("writes one row per sheet with kind words and value columns", () => {
    const kind = columnOf(sheetsGrid, "Loại");
    const columns = columnOf(sheetsGrid, "Cột giá trị");
    const maxRows = columnOf(sheetsGrid, "Số dòng tối đa");
    const b1 = rowWhere(sheetsGrid, columnOf(sheetsGrid, "Mã sheet"), "B1");
    expect(sheetsGrid.rows[b1][kind]).toBe("chỉ tiêu");
    expect(sheetsGrid.rows[b1][columns]).toBe(
      "2016|Năm 2016\n2017|Năm 2017 | ước\nTONG|Cộng; lũy kế",
    );
    const l1 = rowWhere(sheetsGrid, columnOf(sheetsGrid, "Mã sheet"), "L1");
    expect(sheetsGrid.rows[l1][kind]).toBe("danh sách");
    expect(sheetsGrid.rows[l1][maxRows]).toBe(120);
    expect(sheetsGrid.rows[l1][columns]).toBeNull();
  });

  it("writes one row per indicator, field and list column in words", () => {
    const dataRows = itemsGrid.rows.filter(
      (r) => typeof r[0] === "string" && r[0] !== "Mã sheet" && r[1] !== null,
    );
    const expected = richOutline.sheets.reduce(
      (n, s) =>
        n +
        (s.kind === "info"
          ? s.fields.length
          : s.kind === "list"
            ? s.columns.length
            : s.indicators.length),
      0,
    );
    expect(dataRows).toHaveLength(expected);
    const code = columnOf(itemsGrid, "Mã");
    const row = (c: string) => itemsGrid.rows[rowWhere(itemsGrid, code, c)];
    const col = (h: string) => columnOf(itemsGrid, h);
    expect(row("4")[col("Kiểu")]).toBe("tỷ lệ");
    expect(row("4")[col("Tổng hợp")]).toBe("tỷ lệ 3/1");
    expect(row("4")[col("Bắt buộc")]).toBeNull();
    expect(row("4")[col("Lớn nhất")]).toBe(1);
    expect(row("2")[col("Bằng tổng chỉ tiêu con")]).toBe("x");
    expect(row("2")[col("Bắt buộc")]).toBe("x");
    expect(row("2.a")[col("Áp dụng cho")]).toBe("CQ; DN");
    expect(row("I")[col("Tiêu đề mục")]).toBe("x");
    expect(row("I")[col("Tổng hợp")]).toBe("không");
    expect(row("6")[col("Tổng hợp")]).toBe("đếm có");
    expect(row("6")[col("Kiểu")]).toBe("có/không");
    expect(row("9")[col("Lựa chọn")]).toBe("Tốt\nKhá; trung bình\nYếu");
    expect(row("unitType")[col("Lựa chọn")]).toBe("CQ; DN");
    expect(row("unitType")[col("Tổng hợp")]).toBeNull();
    expect(row("name")[col("Nội dung")]).toBe("Tên mô hình");
  });

  it("writes rules with severity words and the English message", () => {
    const id = columnOf(rulesGrid, "Mã");
    const r2 = rulesGrid.rows[rowWhere(rulesGrid, id, "B1-r2")];
    expect(r2[columnOf(rulesGrid, "Mức độ")]).toBe("cảnh báo");
    expect(r2[columnOf(rulesGrid, "Biểu thức")]).toBe("= [2] >= [2.1] + [2.a]");
    expect(r2[columnOf(rulesGrid, "Thông báo (tiếng Anh)")]).toBeNull();
    const r1 = rulesGrid.rows[rowWhere(rulesGrid, id, "B1-r1")];
    expect(r1[columnOf(rulesGrid, "Mức độ")]).toBe("lỗi");
    expect(r1[columnOf(rulesGrid, "Thông báo (tiếng Anh)")]).toBe(
      "Attendees cannot exceed the total",
    );
  });

  it("never writes formulas, even for text starting with '='", () => {
    for (const s of sheets)
      for (const row of s.blocks[0].cells) for (const c of row) expect(c.f).toBeUndefined();
  });

  it("puts drop-down lists on the word columns, below the header, with room to add rows", () => {
    const lists = (sheet: PlanSheet) =>
      Object.fromEntries(
        sheet.validations.map((v) => {
          const r = parseA1Range(v.range)!;
          const header = sheet.blocks[0].cells[headerRowOf(sheet)][r.col1].v;
          expect(r.col1).toBe(r.col2);
          expect(r.row1).toBe(headerRowOf(sheet) + 1);
          expect(r.row2).toBeGreaterThan(headerRowOf(sheet) + 20);
          expect(v.kind).toBe("list");
          return [header, v];
        }),
      );
    const items = lists(sheets[1]);
    expect(items["Kiểu"].list).toEqual(wordsOf(VALUE_TYPE_WORDS));
    expect(items["Kiểu"].error).toContain("số nguyên");
    // A ratio is typed, so the aggregation list must let other text through.
    expect(items["Tổng hợp"].list).toEqual(wordsOf(AGGREGATION_WORDS));
    expect(items["Tổng hợp"].error).toBeUndefined();
    expect(items["Bắt buộc"].list).toEqual(["x"]);
    expect(items["Tiêu đề mục"].list).toEqual(["x"]);
    expect(lists(sheets[0])["Loại"].list).toEqual(wordsOf(KIND_WORDS));
    expect(lists(sheets[2])["Mức độ"].list).toEqual(wordsOf(SEVERITY_WORDS));
  });

  it("types every data cell as text so that codes like 1.10 stay text when typed", () => {
    const sheet = sheets[1];
    const headerRow = headerRowOf(sheet);
    const below = sheet.blocks[0].cells.slice(headerRow + 1);
    expect(below.length).toBeGreaterThan(40);
    for (const row of below) for (const c of row) expect(styleOf(c.s).numberFormat).toBe("@");
  });
});
