import type { ConsolidationRun } from "../shared/pipeline/runConsolidation";
import { formatFinding } from "../shared/findings/makeFinding";
import type { Campaign } from "../shared/model";
import { indicatorSheets } from "../shared/outline/indicators";
import { formatNumberVi } from "../shared/read/convertCell";

/** A few headline totals: the first value indicators of each indicator sheet, last column. */
export function headlineTotals(
  campaign: Campaign,
  run: ConsolidationRun,
  perSheet = 2,
): Array<{ label: string; value: string }> {
  const out: Array<{ label: string; value: string }> = [];
  for (const sheet of indicatorSheets(campaign.outline)) {
    const col = sheet.columns[sheet.columns.length - 1];
    const inds = sheet.indicators
      .filter((i) => !i.heading && (i.type === "integer" || i.type === "decimal"))
      .slice(0, perSheet);
    for (const ind of inds) {
      const v = run.consolidation.totals[sheet.id][ind.code][col.id];
      out.push({
        label: `${sheet.id} ${ind.code}. ${ind.label}${sheet.columns.length > 1 ? ` (${col.header})` : ""}`,
        value:
          v === null ? "—" : `${formatNumberVi(v)}${ind.unit ? ` ${ind.unit.toLowerCase()}` : ""}`,
      });
    }
  }
  return out;
}

/** The human summary printed after a consolidation. */
export function printSummary(
  campaign: Campaign,
  run: ConsolidationRun,
  outFile: string,
  maxFindings = 8,
): void {
  const s = run.summary;
  const lines = [
    `Tổng hợp: ${campaign.title}`,
    ``,
    `Đơn vị phải gửi: ${s.expected}   đã nhận: ${s.received}   đúng hạn: ${s.onTime}   trễ hạn: ${s.late}   chưa ghi ngày: ${s.noDate}   chưa gửi: ${s.missing}`,
    `Đưa vào tổng hợp: ${s.included} đơn vị   lỗi: ${s.errors} (ở ${s.unitsWithErrors} đơn vị)   cảnh báo: ${s.warnings}`,
    ``,
    `Một số số liệu tổng hợp:`,
    ...headlineTotals(campaign, run).map((t) => `  • ${t.label}: ${t.value}`),
  ];
  const errors = run.findings.filter((f) => f.severity === "error");
  if (errors.length > 0) {
    lines.push(
      ``,
      `Lỗi cần xử lý (${errors.length}${errors.length > maxFindings ? `, hiện ${maxFindings} lỗi đầu` : ""}):`,
    );
    for (const f of errors.slice(0, maxFindings)) lines.push(`  ✗ ${formatFinding(f)}`);
  }
  lines.push(``, `Đã ghi phụ lục tổng hợp: ${outFile}`);
  process.stdout.write(lines.join("\n") + "\n");
}
