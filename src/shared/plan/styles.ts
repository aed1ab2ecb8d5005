import type { PlanStyle, ValueType } from "../model";

/**
 * The named styles every plan uses. One catalogue so the template and the consolidated appendix
 * look alike and hosts can group formatting by name.
 */
export const PLAN_STYLES = {
  title: {
    font: { bold: true, size: 14 },
    align: { horizontal: "center", vertical: "middle", wrap: true },
  },
  subtitle: { font: { italic: true }, align: { horizontal: "center", wrap: true } },
  note: { font: { italic: true, size: 9, color: "595959" }, align: { wrap: true } },
  header: {
    font: { bold: true },
    fill: "D9E1F2",
    border: "thin",
    align: { horizontal: "center", vertical: "middle", wrap: true },
  },
  code: { border: "thin", align: { horizontal: "center", vertical: "top" } },
  label: { border: "thin", align: { vertical: "top", wrap: true } },
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
  inputDecimal: { numberFormat: "#,##0.##", fill: "FFF2CC", border: "thin", locked: false },
  inputPercent: { numberFormat: "0.0%", fill: "FFF2CC", border: "thin", locked: false },
  inputDate: { numberFormat: "dd/mm/yyyy", fill: "FFF2CC", border: "thin", locked: false },
  inputText: {
    numberFormat: "@",
    fill: "FFF2CC",
    border: "thin",
    locked: false,
    align: { wrap: true },
  },
  integer: { numberFormat: "#,##0", border: "thin" },
  decimal: { numberFormat: "#,##0.##", border: "thin" },
  percent: { numberFormat: "0.0%", border: "thin" },
  date: { numberFormat: "dd/mm/yyyy", border: "thin", align: { horizontal: "center" } },
  text: { border: "thin", align: { wrap: true, vertical: "top" } },
  formulaPercent: { numberFormat: "0.0%", fill: "E2EFDA", border: "thin" },
  totalLabel: { font: { bold: true }, fill: "E2EFDA", border: "thin" },
  totalInteger: { font: { bold: true }, numberFormat: "#,##0", fill: "E2EFDA", border: "thin" },
  totalDecimal: { font: { bold: true }, numberFormat: "#,##0.##", fill: "E2EFDA", border: "thin" },
  totalPercent: { font: { bold: true }, numberFormat: "0.0%", fill: "E2EFDA", border: "thin" },
  subtotalLabel: { font: { italic: true }, fill: "F2F2F2", border: "thin" },
  subtotalInteger: {
    font: { italic: true },
    numberFormat: "#,##0",
    fill: "F2F2F2",
    border: "thin",
  },
  subtotalDecimal: {
    font: { italic: true },
    numberFormat: "#,##0.##",
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

export type PlanStyleName = keyof typeof PLAN_STYLES;

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
