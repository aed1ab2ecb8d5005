import { dmyFromSerial } from "../calendar/serial";
import type { Consolidation } from "../consolidate/consolidate";
import type { Campaign, DocumentForm, Unit } from "../model";
import type { ProgressRow } from "../validate/progress";
import type { SheetBuilder } from "./sheetBuilder";

/**
 * The document form of an appendix consolidated by `forUnit`: the campaign's own when the
 * consolidating body is the campaign's issuer (no unit, or the top unit), else the unit's name as
 * the issuing body under the campaign's superior line, signed on behalf of its committee.
 *
 * @example appendixForm(embeddedCampaign, dbcs01).issuingBody // ["ĐẢNG ỦY KHỐI …", "ĐẢNG BỘ …"]
 */
export function appendixForm(campaign: Campaign, forUnit?: Unit, top?: Unit): DocumentForm {
  const form = campaign.documentForm;
  if (!forUnit || forUnit.code === top?.code) return form;
  return unitDocumentForm(campaign, forUnit);
}

/**
 * The document form of a unit's own papers (its submission, or an appendix it consolidates): the
 * unit under the campaign's superior line, signed on behalf of its committee by the secretary.
 *
 * @example unitDocumentForm(embeddedCampaign).signature // { onBehalf: "T/M CẤP ỦY", role: "BÍ THƯ", name: "" }
 */
export function unitDocumentForm(campaign: Campaign, unit?: Unit): DocumentForm {
  const form = campaign.documentForm;
  const own = form.issuingBody.at(-1);
  return {
    ...form,
    issuingBody: [...(own ? [own] : []), ...(unit ? [unit.name.toLocaleUpperCase("vi")] : [])],
    reportReference: "Kèm theo Báo cáo số      , ngày    tháng    năm",
    signature: { onBehalf: "T/M CẤP ỦY", role: "BÍ THƯ", name: "" },
  };
}

/** Who the appendix covers: units expected, included, not sent, unreadable, left out for errors. */
export interface Coverage {
  expected: number;
  included: number;
  missing: Unit[];
  unreadable: Unit[];
  excluded: Unit[];
  /** Units in the totals whose figures have error findings. */
  includedWithErrors: number;
}

/** The coverage of a consolidation of the `expected` units, from the progress rows. */
export function coverageOf(expected: Unit[], progress: ProgressRow[], c: Consolidation): Coverage {
  const rowOf = new Map(progress.map((p) => [p.unit.code, p]));
  const inTables = new Set(c.units.map((u) => u.unit.code));
  const missing: Unit[] = [];
  const unreadable: Unit[] = [];
  const excluded: Unit[] = [];
  for (const unit of expected) {
    const row = rowOf.get(unit.code);
    if (inTables.has(unit.code)) continue;
    if (!row?.file) missing.push(unit);
    else if (row.completion === null) unreadable.push(unit);
    else excluded.push(unit);
  }
  return {
    expected: expected.length,
    included: c.units.filter((u) => expected.some((e) => e.code === u.unit.code)).length,
    missing,
    unreadable,
    excluded,
    includedWithErrors: c.units.filter((u) => u.errors > 0).length,
  };
}

/**
 * The line every figure of the appendix depends on: the data cut-off date and who is in it.
 *
 * @example coverageText(cov, 44322)
 * // "Số liệu tính đến ngày 06/05/2021. Tổng hợp 30/32 đơn vị; chưa gửi: Chi bộ A, Chi bộ B; …"
 */
export function coverageText(cov: Coverage, asOf: number): string {
  const names = (units: Unit[]) =>
    units.length <= 12
      ? units.map((u) => u.name).join(", ")
      : `${units
          .slice(0, 10)
          .map((u) => u.name)
          .join(", ")} và ${units.length - 10} đơn vị khác`;
  const parts = [`Tổng hợp ${cov.included}/${cov.expected} đơn vị`];
  if (cov.missing.length) parts.push(`chưa gửi: ${names(cov.missing)}`);
  if (cov.unreadable.length) parts.push(`tệp không đọc được: ${names(cov.unreadable)}`);
  if (cov.excluded.length) parts.push(`không đưa vào do lỗi: ${names(cov.excluded)}`);
  const errors = cov.includedWithErrors
    ? ` Số liệu tổng hợp có cả số liệu của ${cov.includedWithErrors} đơn vị còn lỗi (đánh dấu (!) ở bảng theo đơn vị, chi tiết ở sheet Kiểm tra).`
    : cov.included
      ? " Số liệu tổng hợp không có số liệu nào còn lỗi."
      : "";
  return `Số liệu tính đến ngày ${dmyFromSerial(asOf)}. ${parts.join("; ")}.${errors}`;
}

/**
 * Columns of the heading and signature blocks' two halves: the left half ends before `split`
 * (by default the middle column), the right half runs to `lastCol`.
 */
function halves(
  lastCol: number,
  split = Math.max(1, Math.floor((lastCol + 1) / 2)),
): { left: [number, number]; right: [number, number] } {
  const at = Math.min(Math.max(1, split), lastCol);
  return { left: [0, at - 1], right: [at, Math.max(at, lastCol)] };
}

/**
 * The heading block in the three rows above the title (`APPENDIX_ROWS`): the issuing body at the
 * left with the star under it and "ĐẢNG CỘNG SẢN VIỆT NAM" at the right (Hướng dẫn 36-HD/VPTW;
 * the national motto for a state body, Nghị định 30/2020), then "PHỤ LỤC n" and the report line.
 */
export function writeHeading(
  b: SheetBuilder,
  form: DocumentForm,
  appendixNumber: number,
  lastCol: number,
  split?: number,
): void {
  const { left, right } = halves(lastCol, split);
  const body = form.issuingBody.length
    ? `${form.issuingBody.join("\n")}\n${form.kind === "party" ? "*" : "———"}`
    : "";
  const nation =
    form.kind === "party"
      ? "ĐẢNG CỘNG SẢN VIỆT NAM"
      : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc";
  b.set(0, left[0], { v: body, s: "headingBody" });
  if (left[1] > left[0]) b.merge(0, left[0], 0, left[1]);
  b.set(0, right[0], { v: nation, s: "headingBody" });
  if (right[1] > right[0]) b.merge(0, right[0], 0, right[1]);
  b.set(1, 0, { v: `PHỤ LỤC ${appendixNumber}`, s: "appendixTitle" });
  b.merge(1, 0, 1, lastCol);
  b.set(2, 0, { v: `(${form.reportReference})`, s: "appendixNote" });
  b.merge(2, 0, 2, lastCol);
}

/**
 * The signature block two rows under the table: "NGƯỜI LẬP BIỂU" at the left, "T/M …" and the
 * role at the right, room to sign, then the signer's name.
 */
export function writeSignature(
  b: SheetBuilder,
  form: DocumentForm,
  lastCol: number,
  split?: number,
): void {
  const { left, right } = halves(lastCol, split);
  const r = b.rowCount + 1;
  const role = [form.signature.onBehalf, form.signature.role].filter(Boolean).join("\n");
  b.set(r, left[0], { v: "NGƯỜI LẬP BIỂU", s: "signatureRole" });
  if (left[1] > left[0]) b.merge(r, left[0], r, left[1]);
  b.set(r, right[0], { v: role, s: "signatureRole" });
  if (right[1] > right[0]) b.merge(r, right[0], r, right[1]);
  // Room for the signature and the seal.
  for (let k = 1; k <= 3; k++) b.rowHeights[r + k] = 20;
  b.set(r + 4, right[0], { v: form.signature.name, s: "signatureName" });
  if (right[1] > right[0]) b.merge(r + 4, right[0], r + 4, right[1]);
}
