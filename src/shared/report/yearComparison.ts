import { formatViNumber, formatViPercent } from "./formatVi";

/**
 * How a latest-year figure compares with the first year, as reports say it: "tăng 12,3 % so với
 * năm 2016 (10.990 người)", "gấp 2,5 lần năm 2016 (…)", for a ratio "tăng 5,2 điểm phần trăm
 * so với năm 2016 (88,55 %)". Empty when the first year has no figure.
 *
 * @example yearComparison(12345, 10990, "2016", (v) => `${v} người`, false) // ", tăng 12,3 % so với năm 2016 (10990 người)"
 */
export function yearComparison(
  latest: number,
  first: number | null,
  firstYear: string,
  shown: (v: number) => string,
  ratio: boolean,
): string {
  if (first === null) return "";
  if (latest === first) return `, bằng năm ${firstYear}`;
  if (ratio) {
    const points = (latest - first) * 100;
    return `, ${points > 0 ? "tăng" : "giảm"} ${formatViNumber(Math.abs(points), 1)} điểm phần trăm so với năm ${firstYear} (${formatViPercent(first)})`;
  }
  if (first <= 0) return ` (năm ${firstYear}: ${shown(first)})`;
  const times = latest / first;
  if (times >= 2) return `, gấp ${formatViNumber(times, 1)} lần năm ${firstYear} (${shown(first)})`;
  const change = (times - 1) * 100;
  return `, ${change > 0 ? "tăng" : "giảm"} ${formatViNumber(Math.abs(change), 1)} % so với năm ${firstYear} (${shown(first)})`;
}
