import type { Campaign, Finding, PlanSheet } from "../model";
import { normalizeLabel } from "../text/normalizeLabel";
import { SheetBuilder } from "./sheetBuilder";
import { TEMPLATE_ROWS } from "../template/templateLayout";

export const FINDINGS_SHEET = "Kết quả kiểm tra";

const SEVERITY_TEXT = { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" } as const;
const SEVERITY_STYLE = { error: "error", warning: "warning", info: "text" } as const;

/**
 * Every finding, one per row: severity, code, unit, sheet, cell, the indicator or field by its
 * label (not its internal id), message, value, and last the file, which does not print.
 */
export function buildFindingsSheet(
  campaign: Campaign,
  findings: Finding[],
  subtitle: string,
): PlanSheet {
  const b = new SheetBuilder(FINDINGS_SHEET);
  const headers = [
    "STT",
    "Mức độ",
    "Mã lỗi",
    "Đơn vị",
    "Biểu",
    "Ô",
    "Chỉ tiêu",
    "Nội dung",
    "Giá trị",
    "Tệp",
  ];
  b.titleRows("Kết quả kiểm tra số liệu", subtitle, 6);
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
      { v: f.sheet ?? "", s: "text" },
      { v: f.cell ?? "", s: "text" },
      { v: whatCell(campaign, f), s: "text" },
      { v: f.message.vi, s: "text" },
      // Units' own text: written as literal text by every writer, never as a formula.
      { v: f.value ?? "", s: "text" },
      { v: f.file ?? "", s: "text" },
    ]);
  });
  [5, 9, 14, 10, 16, 6, 26, 48, 14, 24].forEach((w, i) => b.setWidth(i, w));
  b.freeze = { rows: TEMPLATE_ROWS.firstData, cols: 0 };
  b.print = {
    lastCol: headers.length - 2,
    repeatRows: { first: TEMPLATE_ROWS.header, last: TEMPLATE_ROWS.header },
    repeatCols: { first: 0, last: 3 },
    groupStarts: [4, 7],
  };
  b.protect = true;
  return b.build();
}

/**
 * What a finding's cell holds, in the outline's words: "1. Tổng số đảng viên (Năm 2017)" for an
 * indicator of the sheet the unit's tab stands for, the field's label ("Ngày gửi báo cáo") for an
 * information field, else nothing.
 */
export function whatCell(campaign: Campaign, f: Finding): string {
  if (!f.indicator) return "";
  const tab = normalizeLabel(f.sheet ?? "");
  const sheets = campaign.outline.sheets;
  const sheet = sheets.find((s) => normalizeLabel(s.name) === tab);
  const candidates = sheet ? [sheet] : sheets;
  for (const s of candidates) {
    if (s.kind === "info") {
      const field = s.fields.find((x) => x.id === f.indicator);
      if (field) return field.label;
    } else if (s.kind === "indicators") {
      const ind = s.indicators.find((x) => x.code === f.indicator);
      if (!ind || (!sheet && candidates.length > 1 && !f.column)) continue;
      const column = s.columns.find((c) => c.id === f.column);
      return `${ind.code}. ${ind.label}${column && s.columns.length > 1 ? ` (${column.header})` : ""}`;
    }
  }
  return f.indicator;
}
