import type { Outline } from "../model";
import { normalizeLabel } from "../text/normalizeLabel";
import { indicatorSheets, meanWeight } from "./indicators";

/** A doubt about how an indicator is consolidated, in Vietnamese and English. */
export interface AggregationProblem {
  sheet: string;
  code: string;
  vi: string;
  en: string;
}

const AVERAGE_WORDS = ["binh quan", "trung binh"].map(normalizeLabel);
const RATE_WORDS = ["ty le", "ti le"].map(normalizeLabel);

/**
 * Warns where an indicator's label or unit says it is an average or a rate but its figures would
 * be added up across units (a sum of incomes per worker or of percentages means nothing), and
 * where a weighted mean's weight cannot weigh it (not a number, or a heading).
 *
 * @example checkAggregations(embeddedCampaign.outline) // []
 * @example checkAggregations(outlineWith({ label: "Thu nhập bình quân", aggregation: "sum" }))
 * // [{ sheet: "B2", code: "18", vi: "B2, chỉ tiêu 18 …: nhãn nói bình quân …", … }]
 */
export function checkAggregations(outline: Outline): AggregationProblem[] {
  const problems: AggregationProblem[] = [];
  for (const sheet of indicatorSheets(outline)) {
    for (const ind of sheet.indicators) {
      if (ind.heading) continue;
      const where = { sheet: sheet.id, code: ind.code };
      const label = ` ${normalizeLabel(ind.label)} `;
      const says = (words: string[]) => words.some((w) => label.includes(` ${w} `));
      if (ind.aggregation === "sum") {
        if (says(AVERAGE_WORDS))
          problems.push({
            ...where,
            vi: `${sheet.id}, chỉ tiêu ${ind.code} "${ind.label}": tên nói là bình quân/trung bình nhưng được tổng hợp bằng cách cộng; hãy dùng "bình quân theo <mã chỉ tiêu quyền số>".`,
            en: `${sheet.id}, indicator ${ind.code} "${ind.label}": the label says average but it is summed; use a weighted mean ("weighted mean by <weight code>").`,
          });
        else if (says(RATE_WORDS) || ind.unit.trim() === "%" || ind.type === "percent")
          problems.push({
            ...where,
            vi: `${sheet.id}, chỉ tiêu ${ind.code} "${ind.label}": là tỷ lệ (%) nhưng được tổng hợp bằng cách cộng; hãy tính lại từ tử số và mẫu số ("tỷ lệ <mã tử số>/<mã mẫu số>").`,
            en: `${sheet.id}, indicator ${ind.code} "${ind.label}": a rate (%) that is summed; recompute it from its parts ("ratio <numerator>/<denominator>").`,
          });
      }
      const weight = meanWeight(ind);
      const w = weight && sheet.indicators.find((i) => i.code === weight);
      if (w && (w.heading || !["integer", "decimal"].includes(w.type)))
        problems.push({
          ...where,
          vi: `${sheet.id}, chỉ tiêu ${ind.code}: quyền số ${weight} phải là một số (số nguyên hoặc số thập phân).`,
          en: `${sheet.id}, indicator ${ind.code}: weight ${weight} must be a number.`,
        });
    }
  }
  return problems;
}
