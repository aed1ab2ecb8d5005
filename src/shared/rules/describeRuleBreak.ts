import type { ComparisonOp } from "./ast";

/** What the entered side must be, against the other side, in plain words. */
const MUST: Record<ComparisonOp, { vi: string; en: string }> = {
  "<=": { vi: "không được lớn hơn", en: "must not be greater than" },
  "<": { vi: "phải nhỏ hơn", en: "must be less than" },
  ">=": { vi: "không được nhỏ hơn", en: "must not be less than" },
  ">": { vi: "phải lớn hơn", en: "must be greater than" },
  "=": { vi: "phải bằng", en: "must equal" },
  "<>": { vi: "phải khác", en: "must differ from" },
};

export interface RuleBreak {
  message: { vi: string; en?: string };
  /** The comparison that decided it, when there is one: "298 <= 293". */
  left?: number | boolean;
  right?: number | boolean;
  op?: ComparisonOp;
  /** Header of the value column, when the sheet has several ("2016"). */
  column?: string;
  /** How numbers are written in each language. */
  formatNumber: (n: number, lang: "vi" | "en") => string;
}

/**
 * A broken cross-field rule said as a clerk would: the rule's own sentence, the value entered and
 * what it must be against the other side, never the rule's syntax.
 *
 * @example describeRuleBreak({ message: { vi: "Số tham gia không vượt quá tổng số" }, left: 298, right: 293, op: "<=", column: "2016", formatNumber: String }).vi
 *   === "Số tham gia không vượt quá tổng số: ghi 298, không được lớn hơn 293 (cột 2016)."
 */
export function describeRuleBreak(b: RuleBreak): { vi: string; en: string } {
  const show = (v: number | boolean, lang: "vi" | "en") =>
    typeof v === "number"
      ? b.formatNumber(v, lang)
      : lang === "vi"
        ? v
          ? "có"
          : "không"
        : v
          ? "yes"
          : "no";
  const en = b.message.en ?? b.message.vi;
  if (b.op === undefined || b.left === undefined || b.right === undefined) {
    return {
      vi: `${b.message.vi}${b.column ? ` (cột ${b.column})` : ""}.`,
      en: `${en}${b.column ? ` (column ${b.column})` : ""}.`,
    };
  }
  return {
    vi:
      `${b.message.vi}: ghi ${show(b.left, "vi")}, ${MUST[b.op].vi} ${show(b.right, "vi")}` +
      `${b.column ? ` (cột ${b.column})` : ""}.`,
    en:
      `${en}: ${show(b.left, "en")} entered, ${MUST[b.op].en} ${show(b.right, "en")}` +
      `${b.column ? ` (column ${b.column})` : ""}.`,
  };
}
