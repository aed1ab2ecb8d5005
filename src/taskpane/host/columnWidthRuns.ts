import { sameValueRuns } from "./sameValueRuns";
/** Columns sharing one width, in points (Office.js `format.columnWidth` unit). */
export interface WidthRun {
  c1: number;
  c2: number;
  points: number;
}

/**
 * Plan widths (characters of the default font, as in the Excel UI) to runs of equal width in
 * points: Excel draws a width of w characters as w·7 + 5 pixels, 0.75 point each.
 *
 * @example columnWidthRuns([6, 40, 12, 12]) → [{c1:0,c2:0,points:35.25}, {c1:1,c2:1,points:213.75}, {c1:2,c2:3,points:66.75}]
 */
export function columnWidthRuns(widths: number[]): WidthRun[] {
  const points: Array<[number, number]> = [];
  widths.forEach((w, c) => {
    if (typeof w === "number" && w > 0) points.push([c, Math.round((w * 7 + 5) * 0.75 * 4) / 4]);
  });
  return sameValueRuns(points).map((r) => ({ c1: r.first, c2: r.last, points: r.value }));
}
