/** Formatters built once: Intl.NumberFormat is slow to construct. */
const FORMATS = new Map<number, Intl.NumberFormat>();

/**
 * A number as a Vietnamese office writes it: "." between thousands, "," before decimals, at most
 * `decimals` decimals and no trailing zeros.
 *
 * @example formatViNumber(2531) === "2.531"
 * @example formatViNumber(1234.567) === "1.234,57"
 * @example formatViNumber(93.75) === "93,75"
 */
export function formatViNumber(n: number, decimals = 2): string {
  let f = FORMATS.get(decimals);
  if (!f)
    FORMATS.set(
      decimals,
      (f = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: decimals })),
    );
  // −0 and values that round to zero print as "0", never "-0".
  const shown = f.format(n);
  return shown === "-0" ? "0" : shown;
}

/**
 * A fraction as a percentage with a space before the sign, the way the plan's reports write it.
 *
 * @example formatViPercent(0.9375) === "93,75 %"
 * @example formatViPercent(1) === "100 %"
 */
export function formatViPercent(fraction: number, decimals = 2): string {
  return `${formatViNumber(fraction * 100, decimals)} %`;
}

/**
 * An amount of "triệu đồng" the way reports write large sums: in "tỷ đồng" from a thousand million.
 *
 * @example formatMillionDong(1234567.8) === "1.234,57 tỷ đồng"
 * @example formatMillionDong(850.5) === "850,5 triệu đồng"
 */
export function formatMillionDong(millions: number): string {
  return Math.abs(millions) >= 1000
    ? `${formatViNumber(millions / 1000)} tỷ đồng`
    : `${formatViNumber(millions)} triệu đồng`;
}
