import type { Indicator } from "../model";
import { normalizeLabel } from "../text";
import { formatMillionDong, formatViNumber, formatViPercent } from "./formatVi";
import { measureWord } from "./measureWord";

const MILLION_DONG = normalizeLabel("Triệu đồng");

/**
 * A consolidated value with its measure, as the report writes it: "2.531 đồng chí", "93,75 %",
 * "1.234,57 tỷ đồng" for a summed amount of money, "không có" for a count of nothing.
 *
 * @example amountText({ unit: "Đảng viên", type: "integer", aggregation: "sum" }, 2531) === "2.531 đồng chí"
 * @example amountText({ unit: "Triệu đồng", type: "decimal", aggregation: "sum" }, 1234567.8) === "1.234,57 tỷ đồng"
 */
export function amountText(
  ind: Pick<Indicator, "unit" | "type" | "aggregation">,
  v: number,
): string {
  if (ind.type === "percent") return formatViPercent(v);
  const summed = ind.aggregation === "sum" || ind.aggregation === "countYes";
  if (v === 0 && summed) return "không có";
  if (normalizeLabel(ind.unit) === MILLION_DONG)
    return summed ? formatMillionDong(v) : `${formatViNumber(v)} triệu đồng`;
  return `${formatViNumber(v)} ${measureWord(ind)}`.trim();
}
