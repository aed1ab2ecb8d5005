import type { Finding, PlanSheet } from "../model";
import { SheetBuilder } from "./sheetBuilder";
import { TEMPLATE_ROWS } from "../template/templateLayout";

export const FINDINGS_SHEET = "Kết quả kiểm tra";

const SEVERITY_TEXT = { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" } as const;
const SEVERITY_STYLE = { error: "error", warning: "warning", info: "text" } as const;

/** Every finding, one per row: severity, code, unit, file, sheet, cell, indicator, message, value. */
export function buildFindingsSheet(findings: Finding[], subtitle: string): PlanSheet {
  const b = new SheetBuilder(FINDINGS_SHEET);
  const headers = [
    "STT",
    "Mức độ",
    "Mã lỗi",
    "Đơn vị",
    "Tệp",
    "Biểu",
    "Ô",
    "Chỉ tiêu",
    "Nội dung",
    "Giá trị",
  ];
  b.titleRows("Kết quả kiểm tra số liệu", subtitle, headers.length - 1);
  b.setRow(
    TEMPLATE_ROWS.header,
    0,
    headers.map((v) => ({ v, s: "header" })),
  );
  findings.forEach((f, i) => {
    b.setRow(TEMPLATE_ROWS.firstData + i, 0, [
      { v: i + 1, s: "code" },
      { v: SEVERITY_TEXT[f.severity], s: SEVERITY_STYLE[f.severity] },
      { v: f.code, s: "text" },
      { v: f.unit, s: "text" },
      { v: f.file ?? "", s: "text" },
      { v: f.sheet ?? "", s: "text" },
      { v: f.cell ?? "", s: "text" },
      { v: [f.indicator, f.column].filter(Boolean).join(" / "), s: "text" },
      { v: f.message.vi, s: "text" },
      // Units' own text: written as literal text by every writer, never as a formula.
      { v: f.value ?? "", s: "text" },
    ]);
  });
  [5, 10, 16, 12, 24, 18, 7, 12, 70, 20].forEach((w, i) => b.setWidth(i, w));
  b.freeze = { rows: TEMPLATE_ROWS.firstData, cols: 0 };
  b.protect = true;
  return b.build();
}
