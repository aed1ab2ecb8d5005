import { DOCUMENT_FONT, type PlanStyle, type ValueType } from "../model";

/**
 * The named styles every plan uses. One catalogue so the template and the consolidated appendix
 * look alike and hosts can group formatting by name.
 */
const STYLES = {
  title: {
    font: { bold: true, size: 14 },
    align: { horizontal: "center", vertical: "middle", wrap: true },
  },
  subtitle: {
    font: { italic: true },
    align: { horizontal: "center", vertical: "top", wrap: true },
  },
  /** "Đơn vị báo cáo: …" under a template sheet's title. */
  unitLine: { font: { bold: true }, align: { horizontal: "left", vertical: "middle" } },
  note: {
    font: { italic: true, size: 11, color: "404040" },
    align: { wrap: true, vertical: "top" },
  },
  /** Heading block: issuing body (left) and "ĐẢNG CỘNG SẢN VIỆT NAM" (right), upright bold. */
  headingBody: {
    font: { bold: true },
    align: { horizontal: "center", vertical: "top", wrap: true },
  },
  headingPlace: {
    font: { italic: true },
    align: { horizontal: "center", vertical: "top", wrap: true },
  },
  /** "PHỤ LỤC …" and "(Kèm theo Báo cáo số …)" lines. */
  appendixTitle: {
    font: { bold: true, size: 13 },
    align: { horizontal: "center", vertical: "middle", wrap: true },
  },
  appendixNote: {
    font: { italic: true },
    align: { horizontal: "center", vertical: "top", wrap: true },
  },
  signatureRole: {
    font: { bold: true },
    align: { horizontal: "center", vertical: "top", wrap: true },
  },
  signatureName: { font: { bold: true }, align: { horizontal: "center", vertical: "bottom" } },
  coverage: { font: { italic: true }, align: { horizontal: "left", vertical: "top", wrap: true } },
  header: {
    font: { bold: true },
    fill: "D9E1F2",
    border: "thin",
    align: { horizontal: "center", vertical: "middle", wrap: true },
  },
  code: { border: "thin", align: { horizontal: "center" } },
  label: { border: "thin", align: { wrap: true } },
  headingCode: {
    font: { bold: true },
    fill: "F2F2F2",
    border: "thin",
    align: { horizontal: "center" },
  },
  headingLabel: { font: { bold: true }, fill: "F2F2F2", border: "thin", align: { wrap: true } },
  headingCell: { fill: "F2F2F2", border: "thin" },
  notApplicable: { fill: "BFBFBF", border: "thin" },
  inputInteger: { numberFormat: "#,##0", fill: "FFF2CC", border: "thin", locked: false },
  inputDecimal: { numberFormat: "#,##0.00", fill: "FFF2CC", border: "thin", locked: false },
  inputPercent: { numberFormat: "0.0%", fill: "FFF2CC", border: "thin", locked: false },
  inputDate: { numberFormat: "dd/mm/yyyy", fill: "FFF2CC", border: "thin", locked: false },
  inputYear: { numberFormat: "0", fill: "FFF2CC", border: "thin", locked: false },
  inputText: {
    numberFormat: "@",
    fill: "FFF2CC",
    border: "thin",
    locked: false,
    align: { wrap: true },
  },
  integer: { numberFormat: "#,##0", border: "thin" },
  decimal: { numberFormat: "#,##0.00", border: "thin" },
  percent: { numberFormat: "0.0%", border: "thin" },
  year: { numberFormat: "0", border: "thin", align: { horizontal: "center" } },
  date: { numberFormat: "dd/mm/yyyy", border: "thin", align: { horizontal: "center" } },
  text: { border: "thin", align: { wrap: true } },
  /**
   * A unit's value with an error finding: marked "(!)" in the number itself, so the mark survives
   * black-and-white printing, and shaded on screen.
   */
  flaggedInteger: { numberFormat: '"(!) "#,##0;"(!) "-#,##0', fill: "F8CBAD", border: "thin" },
  flaggedDecimal: {
    numberFormat: '"(!) "#,##0.00;"(!) "-#,##0.00',
    fill: "F8CBAD",
    border: "thin",
  },
  flaggedPercent: { numberFormat: '"(!) "0.0%;"(!) "-0.0%', fill: "F8CBAD", border: "thin" },
  formulaPercent: { numberFormat: "0.0%", fill: "E2EFDA", border: "thin" },
  totalLabel: { font: { bold: true }, fill: "E2EFDA", border: "thin", align: { wrap: true } },
  totalInteger: { font: { bold: true }, numberFormat: "#,##0", fill: "E2EFDA", border: "thin" },
  totalDecimal: { font: { bold: true }, numberFormat: "#,##0.00", fill: "E2EFDA", border: "thin" },
  totalPercent: { font: { bold: true }, numberFormat: "0.0%", fill: "E2EFDA", border: "thin" },
  subtotalLabel: { font: { italic: true }, fill: "F2F2F2", border: "thin", align: { wrap: true } },
  subtotalInteger: {
    font: { italic: true },
    numberFormat: "#,##0",
    fill: "F2F2F2",
    border: "thin",
  },
  subtotalDecimal: {
    font: { italic: true },
    numberFormat: "#,##0.00",
    fill: "F2F2F2",
    border: "thin",
  },
  subtotalPercent: { font: { italic: true }, numberFormat: "0.0%", fill: "F2F2F2", border: "thin" },
  yesNo: { numberFormat: '"Có";"Có";"Không"', border: "thin", align: { horizontal: "center" } },
  error: { fill: "F8CBAD", border: "thin", align: { wrap: true } },
  warning: { fill: "FFE699", border: "thin", align: { wrap: true } },
  ok: { fill: "C6EFCE", border: "thin" },
  meta: {},
} satisfies Record<string, PlanStyle>;

export type PlanStyleName = keyof typeof STYLES;

/**
 * The named styles every plan uses, each in the document typeface (Times New Roman 12 unless the
 * style says otherwise): one catalogue so the template and the consolidated appendix look alike
 * and hosts can group formatting by name.
 */
export const PLAN_STYLES: Record<PlanStyleName, PlanStyle> = Object.fromEntries(
  Object.entries(STYLES).map(([name, style]) => [
    name,
    name === "meta"
      ? style
      : {
          ...style,
          font: { ...DOCUMENT_FONT, ...("font" in style ? style.font : {}) },
          // Table cells centre vertically, so a figure sits level with its wrapped label.
          ...("border" in style
            ? { align: { vertical: "middle", ...("align" in style ? style.align : {}) } }
            : {}),
        },
  ]),
) as Record<PlanStyleName, PlanStyle>;

/** Input style for a value type in the unit template. */
export function inputStyleFor(type: ValueType): PlanStyleName {
  switch (type) {
    case "integer":
      return "inputInteger";
    case "decimal":
      return "inputDecimal";
    case "percent":
      return "inputPercent";
    case "date":
      return "inputDate";
    default:
      return "inputText";
  }
}

/**
 * The style of a unit's value that carries an error finding.
 *
 * @example flaggedStyleFor("decimal") === "flaggedDecimal"
 */
export function flaggedStyleFor(type: ValueType): PlanStyleName {
  return type === "percent"
    ? "flaggedPercent"
    : type === "decimal"
      ? "flaggedDecimal"
      : "flaggedInteger";
}

/** Display style for a value of the given type (read-only cells of the consolidated appendix). */
export function valueStyleFor(
  type: ValueType,
  tier: "" | "total" | "subtotal" = "",
): PlanStyleName {
  const base = type === "percent" ? "Percent" : type === "decimal" ? "Decimal" : "Integer";
  if (tier === "total") return `total${base}` as PlanStyleName;
  if (tier === "subtotal") return `subtotal${base}` as PlanStyleName;
  switch (type) {
    case "percent":
      return "percent";
    case "decimal":
      return "decimal";
    case "date":
      return "date";
    case "integer":
      return "integer";
    default:
      return "text";
  }
}
