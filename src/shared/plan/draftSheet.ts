import { dmyFromSerial } from "../calendar/serial";
import type { PlanSheet } from "../model";
import type { ConsolidatedPlanInput } from "./buildConsolidatedPlan";
import { SheetBuilder } from "./sheetBuilder";
import { TEMPLATE_ROWS } from "../template/templateLayout";
import { draftReport } from "../report/draftReport";
import type { DraftFigure } from "../report/draftTypes";

export const DRAFT_SHEET = "Dự thảo số liệu báo cáo";

/** The part of the report that opens with the coverage figures. */
export const COVERAGE_TITLE = "Tình hình gửi báo cáo, phụ lục và tổ chức hội nghị";

/**
 * The sheet "Dự thảo số liệu báo cáo" of the consolidated appendix: the drafted sentences of the
 * report, part by part, one per row, each with the sheet and indicators it comes from, ready to
 * be copied into the Báo cáo sơ kết. Not protected: the office may reword them in place.
 *
 * @example buildDraftSheet(input).name === "Dự thảo số liệu báo cáo"
 */
export function buildDraftSheet(input: ConsolidatedPlanInput): PlanSheet {
  const { campaign, consolidation, progress, asOf } = input;
  const draft = draftReport(campaign, consolidation, progress, asOf);
  const b = new SheetBuilder(DRAFT_SHEET);
  const headers = ["STT", "Nội dung dự thảo", "Nguồn số liệu"];
  b.titleRows(
    "DỰ THẢO SỐ LIỆU BÁO CÁO",
    `${campaign.title} — số liệu tính đến ngày ${dmyFromSerial(asOf)}`,
    headers.length - 1,
  );
  b.set(2, 0, {
    v: "Các câu dưới đây được soạn từ số liệu tổng hợp của phụ lục này; sao chép vào báo cáo, bổ sung phần nhận định, đánh giá. Cột “Nguồn số liệu” cho biết mỗi số lấy từ biểu và chỉ tiêu nào.",
    s: "note",
  });
  b.merge(2, 0, 2, headers.length - 1);
  b.rowHeights[2] = 30;
  b.setRow(
    TEMPLATE_ROWS.header,
    0,
    headers.map((v) => ({ v, s: "header" })),
  );
  let row = TEMPLATE_ROWS.firstData;
  const section = (code: string, title: string, figures: DraftFigure[]) => {
    b.setRow(row, 0, [
      { v: code, s: "headingCode" },
      { v: title, s: "headingLabel" },
      { s: "headingCell" },
    ]);
    row++;
    figures.forEach((f, i) => {
      b.setRow(row++, 0, [
        { v: `${code}.${i + 1}`, s: "code" },
        { v: f.text, s: "label" },
        { v: f.source, s: "text" },
      ]);
    });
    if (figures.length === 0)
      b.setRow(row++, 0, [
        { s: "code" },
        {
          v: "(Phần này viết theo nhận định của cấp ủy; phụ lục không có số liệu riêng.)",
          s: "label",
        },
        { s: "text" },
      ]);
  };
  section("I", COVERAGE_TITLE, draft.coverage);
  draft.parts.forEach((part, i) => section(`II.${i + 1}`, part.title, part.figures));
  // Fits A4 landscape at full size (printLayout); the header row heads every printed page.
  [8, 90, 30].forEach((w, i) => b.setWidth(i, w));
  b.freeze = { rows: TEMPLATE_ROWS.firstData, cols: 0 };
  b.print = { repeatRows: { first: TEMPLATE_ROWS.header, last: TEMPLATE_ROWS.header } };
  return b.build();
}
