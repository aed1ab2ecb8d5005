import {
  outlineSchema,
  type Grid,
  type Outline,
  type OutlineInput,
  type WorkbookPlan,
} from "../model";
import { planToGrids } from "../plan/planToGrids";
import { PLAN_STYLES } from "../plan/styles";
import { outlineToPlanSheets } from "./outlineToPlanSheets";

/** Test fixture: an outline using every feature the outline sheets can express. */
export const richOutlineInput: OutlineInput = {
  id: "sk-2025_test",
  version: "2.3.10",
  title: "Phụ lục thử nghiệm: báo cáo sơ kết; đủ mọi tính năng",
  sheets: [
    {
      kind: "info",
      id: "TT",
      name: "Thông tin",
      title: "THÔNG TIN ĐƠN VỊ",
      fields: [
        { id: "unitCode", label: "Mã đơn vị", type: "text" },
        { id: "unitType", label: "Loại hình", type: "choice", choices: ["CQ", "DN"] },
        { id: "staff", label: "Số cán bộ", type: "integer", min: 0, max: 100000 },
        { id: "submittedAt", label: "Ngày gửi", type: "date" },
        { id: "phone", label: "Điện thoại", type: "text", required: false },
      ],
    },
    {
      kind: "indicators",
      id: "B1",
      name: "B1 Kết quả",
      title: "Biểu 1. Kết quả thực hiện",
      columns: [
        { id: "2016", header: "Năm 2016" },
        { id: "2017", header: "Năm 2017 | ước" },
        { id: "TONG", header: "Cộng; lũy kế" },
      ],
      indicators: [
        {
          code: "I",
          label: "Học tập, quán triệt",
          type: "text",
          heading: true,
          required: false,
          aggregation: "none",
        },
        { code: "1", label: "Tổng số đảng viên", unit: "Người", type: "integer", min: 0 },
        {
          code: "2",
          label: "Số văn bản",
          unit: "Văn bản",
          type: "integer",
          min: 0,
          sumOfChildren: true,
        },
        { code: "2.1", label: "Nghị quyết", unit: "Văn bản", type: "integer", appliesTo: ["CQ"] },
        {
          code: "2.a",
          label: "Quy chế",
          unit: "Văn bản",
          type: "integer",
          appliesTo: ["CQ", "DN"],
        },
        { code: "3", label: "Số đảng viên tham gia", unit: "Người", type: "integer" },
        {
          code: "4",
          label: "Tỷ lệ tham gia",
          unit: "%",
          type: "percent",
          min: 0,
          max: 1,
          required: false,
          aggregation: { ratio: { numerator: "3", denominator: "1" } },
        },
        {
          code: "5",
          label: "Điểm trung bình",
          type: "decimal",
          min: -1.5,
          max: 10.25,
          aggregation: "mean",
        },
        {
          code: "6",
          label: "Có phân công phụ trách",
          unit: "Có/Không",
          type: "yesno",
          aggregation: "countYes",
        },
        { code: "7", label: "Ngày sớm nhất", type: "date", aggregation: "min" },
        { code: "8", label: "Quy mô lớn nhất", type: "integer", aggregation: "max" },
        {
          code: "9",
          label: "Mức độ",
          type: "choice",
          choices: ["Tốt", "Khá; trung bình", "Yếu"],
          aggregation: "none",
          required: false,
        },
      ],
    },
    {
      kind: "list",
      id: "L1",
      name: "L1 Danh sách",
      title: "Danh sách mô hình",
      maxRows: 120,
      columns: [
        { id: "name", header: "Tên mô hình", type: "text", required: true },
        { id: "field", header: "Lĩnh vực", type: "choice", choices: ["Công sở", "Doanh nghiệp"] },
        { id: "year", header: "Năm", type: "integer", min: 2016, max: 2025 },
        { id: "share", header: "Tỷ lệ", type: "percent", min: 0, max: 1 },
      ],
    },
    {
      kind: "list",
      id: "L2",
      name: "L2 Mặc định",
      title: "Danh sách với số dòng mặc định",
      columns: [{ id: "note", header: "Ghi chú", type: "text" }],
    },
  ],
  rules: [
    {
      id: "B1-r1",
      sheet: "B1",
      expr: "[3] <= [1]",
      message: { vi: "Số tham gia không vượt tổng số", en: "Attendees cannot exceed the total" },
    },
    {
      id: "B1-r2",
      sheet: "B1",
      expr: "= [2] >= [2.1] + [2.a]",
      message: { vi: "Tổng văn bản nhỏ hơn các phần" },
      severity: "warning",
    },
    {
      id: "TT-r3",
      sheet: "TT",
      expr: "[B1:1@2016] >= 0",
      message: { vi: "Kiểm tra chéo sheet" },
      severity: "error",
    },
  ],
};

export const richOutline: Outline = outlineSchema.parse(richOutlineInput);

/** What a host reads back after writing the outline sheets. */
export function outlineGrids(outline: Outline): Grid[] {
  const plan: WorkbookPlan = {
    sheets: outlineToPlanSheets(outline),
    styles: PLAN_STYLES,
    names: [],
    properties: { title: outline.title, creator: "test", created: "2025-01-01T00:00:00Z" },
  };
  return planToGrids(plan);
}

/** A deep copy of grids to edit in a test. */
export function cloneGrids(grids: Grid[]): Grid[] {
  return grids.map((g) => ({ ...g, rows: g.rows.map((r) => [...r]) }));
}

export function gridNamed(grids: Grid[], name: string): Grid {
  const g = grids.find((x) => x.name === name);
  if (!g) throw new Error(`no grid ${name}`);
  return g;
}

/** Row index (0-based) of the first row whose cell in `col` equals `value`. */
export function rowWhere(grid: Grid, col: number, value: string): number {
  const r = grid.rows.findIndex((row) => row[col] === value);
  if (r < 0) throw new Error(`no row with ${value}`);
  return r;
}

/** Column index (0-based) of a header text. */
export function columnOf(grid: Grid, header: string): number {
  for (const row of grid.rows) {
    const c = row.indexOf(header);
    if (c >= 0) return c;
  }
  throw new Error(`no header ${header}`);
}
