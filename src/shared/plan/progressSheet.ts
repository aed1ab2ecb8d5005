import { a1Range } from "../a1/a1";
import type { Campaign, PlanCell, PlanSheet } from "../model";
import { NO_DATE_TEXT, UNREADABLE_TEXT, type ProgressRow } from "../validate/progress";
import { orderBy } from "./consolidatedDetailSheet";
import { SheetBuilder } from "./sheetBuilder";
import { TEMPLATE_ROWS } from "../template/templateLayout";

export const PROGRESS_SHEET = "Tiến độ";

const HEADERS = [
  "STT",
  "Mã đơn vị",
  "Tên đơn vị",
  "Cấp",
  "Loại hình",
  "Phụ trách",
  "Hạn gửi",
  "Ngày gửi",
  "Tình trạng",
  "Mức hoàn thành",
  "Số lỗi",
  "Số cảnh báo",
  "Tổng hợp",
  "Tệp",
];
const COL = { level: 3, supervisor: 5, status: 8, included: 12 };

const STATUS_STYLE = {
  onTime: "ok",
  late: "warning",
  left: "text",
  overdue: "error",
  noDate: "warning",
} as const;

/**
 * One row per expected unit (and per unexpected sender): deadline, submission, status, completion,
 * findings, whether it was consolidated; then counts by level and by supervisor (COUNTIFS).
 */
export function buildProgressSheet(
  campaign: Campaign,
  rows: ProgressRow[],
  subtitle: string,
): PlanSheet {
  const b = new SheetBuilder(PROGRESS_SHEET);
  // Title and coverage over the first printed page (the unit columns and the deadlines).
  b.titleRows("Tiến độ gửi báo cáo", subtitle, 8);
  b.setRow(
    TEMPLATE_ROWS.header,
    0,
    HEADERS.map((v) => ({ v, s: "header" })),
  );
  const first = TEMPLATE_ROWS.firstData;
  rows.forEach((p, i) => {
    b.setRow(first + i, 0, [
      { v: i + 1, s: "code" },
      { v: p.unit.code, s: "text" },
      { v: p.unit.name, s: "text" },
      { v: p.unit.level, s: "text" },
      { v: p.unit.type, s: "text" },
      { v: p.unit.supervisor, s: "text" },
      { v: p.due ?? null, s: "date" },
      { v: p.submitted ?? null, s: "date" },
      { v: p.statusText, s: STATUS_STYLE[p.status.kind] },
      { v: p.completion, s: "percent" },
      { v: p.errors, s: p.errors > 0 ? "error" : "integer" },
      { v: p.warnings, s: "integer" },
      { v: p.included ? "Có" : "Không", s: p.included ? "text" : "warning" },
      { v: p.file ?? "", s: "text" },
    ]);
  });
  const last = first + rows.length - 1;
  // The file names are for the office: the printed progress ends at "Tổng hợp".
  b.print = {
    lastCol: HEADERS.length - 2,
    repeatRows: { first: TEMPLATE_ROWS.header, last: TEMPLATE_ROWS.header },
    repeatCols: { first: 0, last: 2 },
    groupStarts: [3, 6, 9],
  };

  // Counts by level and by supervisor, live over the rows above.
  let r = last + 2;
  const countHeaders = ["", "Nhóm", "", "Số đơn vị", "Đã gửi", "Đúng hạn", "Trễ hạn", "Chưa gửi"];
  b.setRow(
    r,
    0,
    countHeaders.map((v) => ({ v, s: "header" })),
  );
  b.merge(r, 1, r, 2);
  r++;
  const groups = [
    ...unique(rows.map((p) => p.unit.level))
      .sort(orderBy(campaign.levels.map((l) => l.code)))
      .map((k) => ({
        label: campaign.levels.find((l) => l.code === k)?.name ?? k,
        col: COL.level,
        key: k,
      })),
    ...unique(rows.map((p) => p.unit.supervisor))
      .sort(orderBy([]))
      .map((k) => ({ label: `Phụ trách: ${k}`, col: COL.supervisor, key: k })),
  ];
  for (const g of groups) {
    const members = rows.filter(
      (p) => (g.col === COL.level ? p.unit.level : p.unit.supervisor) === g.key,
    );
    const count = (kinds: ProgressRow["status"]["kind"][]) =>
      members.filter((p) => kinds.includes(p.status.kind)).length;
    const keyRange = a1Range(first, g.col, last, g.col);
    const statusRange = a1Range(first, COL.status, last, COL.status);
    const k = `"${g.key.replace(/"/g, '""')}"`;
    const byStatus = (patterns: string[]) =>
      patterns.map((p) => `COUNTIFS(${keyRange},${k},${statusRange},"${p}")`).join("+");
    const cells: PlanCell[] = [
      { s: "text" },
      { v: g.label, s: "text" },
      { s: "text" },
      { f: `COUNTIF(${keyRange},${k})`, v: members.length, s: "integer" },
      {
        f: `${byStatus(["Đúng hạn", "Trễ*", NO_DATE_TEXT, UNREADABLE_TEXT])}`,
        v: count(["onTime", "late", "noDate"]),
        s: "integer",
      },
      { f: byStatus(["Đúng hạn"]), v: count(["onTime"]), s: "integer" },
      { f: byStatus(["Trễ*"]), v: count(["late"]), s: "integer" },
      { f: byStatus(["Còn*", "Quá hạn*"]), v: count(["left", "overdue"]), s: "integer" },
    ];
    b.setRow(r, 0, rows.length > 0 ? cells : cells.map((c) => ({ v: c.f ? 0 : c.v, s: c.s })));
    b.merge(r, 1, r, 2);
    r++;
  }
  [5, 9, 30, 6, 7, 20, 11, 11, 15, 10, 7, 8, 8, 30].forEach((w, i) => b.setWidth(i, w));
  b.freeze = { rows: first, cols: 3 };
  b.protect = true;
  return b.build();
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
