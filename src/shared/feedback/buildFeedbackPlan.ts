import { dmyFromSerial, isoFromSerial } from "../calendar/serial";
import {
  DOCUMENT_FONT,
  type Campaign,
  type Finding,
  type PlanCell,
  type PlanStyle,
  type WorkbookPlan,
} from "../model";
import { indicatorSheets } from "../outline/indicators";
import { SheetBuilder } from "../plan/sheetBuilder";
import type { FeedbackUnit } from "./feedbackUnits";

/** The sheet of a feedback workbook. */
export const FEEDBACK_SHEET = "Phản hồi";

/**
 * Styles of the feedback document: it is printed and read on paper, in Times New Roman at
 * 12–14 pt as official documents are, wrapped, with the unit's problems in bordered rows.
 */
const font = (size: number, more: { bold?: boolean; italic?: boolean } = {}) => ({
  ...DOCUMENT_FONT,
  size,
  ...more,
});

export const FEEDBACK_STYLES = {
  issuer: { font: font(12, { bold: true }), align: { horizontal: "center", wrap: true } },
  title: {
    font: font(14, { bold: true }),
    align: { horizontal: "center", vertical: "middle", wrap: true },
  },
  subtitle: { font: font(12, { italic: true }), align: { horizontal: "center", wrap: true } },
  line: { font: font(12), align: { wrap: true, vertical: "top" } },
  header: {
    font: font(12, { bold: true }),
    fill: "D9E1F2",
    border: "thin",
    align: { horizontal: "center", vertical: "middle", wrap: true },
  },
  cell: { font: font(12), border: "thin", align: { wrap: true, vertical: "top" } },
  centered: {
    font: font(12),
    border: "thin",
    align: { horizontal: "center", vertical: "top", wrap: true },
  },
  error: { font: font(12, { bold: true }), fill: "F8CBAD", border: "thin", align: { wrap: true } },
  warning: { font: font(12), fill: "FFE699", border: "thin", align: { wrap: true } },
} satisfies Record<string, PlanStyle>;

type StyleName = keyof typeof FEEDBACK_STYLES;
const HEADERS = ["STT", "Trang tính", "Ô", "Chỉ tiêu", "Giá trị đã nhập", "Cần sửa", "Mức độ"];
/** Column widths (characters): the problem text gets the room, on A4 landscape at 12 pt. */
const WIDTHS = [5, 16, 7, 28, 14, 48, 10];
const SEVERITY_TEXT = { error: "Lỗi", warning: "Xem lại", info: "Thông tin" } as const;
const FIRST_ROW = 8;

export interface FeedbackInput {
  campaign: Campaign;
  feedback: FeedbackUnit;
  /** "Số liệu tính đến ngày" of the check, an Excel serial. */
  asOf: number;
}

/**
 * One unit's feedback as a printable workbook: who sends it, to whom, about which file, then one
 * row per problem naming the sheet, the cell, the indicator, the value found and what is
 * expected, errors before warnings, and a closing line asking the unit to correct and resend.
 *
 * @example await writePlan(buildFeedbackPlan({ campaign, feedback: feedbackUnits(findings, campaign)[0], asOf }))
 */
export function buildFeedbackPlan({ campaign, feedback, asOf }: FeedbackInput): WorkbookPlan {
  const b = new SheetBuilder(FEEDBACK_SHEET);
  const last = HEADERS.length - 1;
  const line = (row: number, text: string, s: StyleName, height?: number) => {
    b.set(row, 0, { v: text, s });
    b.merge(row, 0, row, last);
    if (height) b.rowHeights[row] = height;
  };
  const errors = feedback.findings.filter((f) => f.severity === "error");
  const warnings = feedback.findings.filter((f) => f.severity !== "error");
  const who = feedback.unitName ? `${feedback.unit} — ${feedback.unitName}` : feedback.unit;
  line(0, campaign.issuer.toUpperCase(), "issuer", 32);
  line(1, "PHIẾU PHẢN HỒI KẾT QUẢ KIỂM TRA PHỤ LỤC", "title", 24);
  line(2, campaign.title, "subtitle", 48);
  line(4, `Kính gửi: ${who}`, "line", 18);
  line(5, `Tệp đã nhận: ${feedback.file ?? "—"}`, "line", 18);
  line(
    6,
    `Số liệu tính đến ngày ${dmyFromSerial(asOf)}. Phụ lục của đơn vị có ${errors.length} lỗi phải sửa` +
      ` và ${warnings.length} điểm cần xem lại, ghi ở bảng dưới.`,
    "line",
    34,
  );
  const header: PlanCell[] = HEADERS.map((v) => ({ v, s: "header" }));
  b.setRow(FIRST_ROW - 1, 0, header);
  const labels = indicatorLabels(campaign);
  [...errors, ...warnings].forEach((f, i) => {
    b.setRow(FIRST_ROW + i, 0, [
      { v: i + 1, s: "centered" },
      { v: f.sheet ?? "", s: "cell" },
      { v: f.cell ?? "", s: "centered" },
      { v: indicatorText(f, labels), s: "cell" },
      // The unit's own text: written as literal text by every writer, never as a formula.
      { v: f.value ?? "", s: "cell" },
      { v: f.message.vi, s: "cell" },
      { v: SEVERITY_TEXT[f.severity], s: f.severity === "error" ? "error" : "warning" },
    ]);
  });
  const end = FIRST_ROW + feedback.findings.length + 1;
  line(
    end,
    "Đề nghị đơn vị sửa các nội dung trên ngay trong tệp đã gửi (giữ nguyên mẫu, không đổi tên " +
      "trang tính, không chèn hay xóa cột) và gửi lại cho Văn phòng. Các mục ghi “Lỗi” phải sửa " +
      "trước khi số liệu được tổng hợp; các mục “Xem lại” đề nghị kiểm tra và sửa nếu nhập nhầm.",
    "line",
    66,
  );
  WIDTHS.forEach((w, i) => b.setWidth(i, w));
  b.freeze = { rows: FIRST_ROW, cols: 0 };
  // A4 with the official margins, the header row on every page (SheetBuilder's print layout).
  b.print = { repeatRows: { first: FIRST_ROW - 1, last: FIRST_ROW - 1 } };
  return {
    sheets: [b.build()],
    styles: FEEDBACK_STYLES,
    names: [],
    properties: {
      title: `Phản hồi kết quả kiểm tra — ${feedback.unit}`,
      creator: "Phụ lục",
      created: `${isoFromSerial(asOf)}T00:00:00.000Z`,
    },
  };
}

/** Indicator labels by sheet name and by sheet id, then code. */
function indicatorLabels(campaign: Campaign): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const s of indicatorSheets(campaign.outline)) {
    const codes = new Map(s.indicators.map((i) => [i.code, i.label]));
    out.set(s.name, codes);
    out.set(s.id, codes);
  }
  return out;
}

/** "1.2. Số hội nghị quán triệt (2016)": code, label from the outline, and column. */
function indicatorText(f: Finding, labels: Map<string, Map<string, string>>): string {
  if (!f.indicator) return "";
  const label = (f.sheet && labels.get(f.sheet)?.get(f.indicator)) || undefined;
  const column = f.column ? ` (${f.column})` : "";
  return label ? `${f.indicator}. ${label}${column}` : `${f.indicator}${column}`;
}
