import type { IndicatorSheet } from "../model";

/**
 * The year of each value column when every column of the sheet is a year (id "2016" or header
 * "Năm 2016"), else undefined: only such sheets are compared year with year.
 *
 * @example yearColumns(b2).map(String) // ["2016", "2017", "2018", "2019", "2020"]
 * @example yearColumns(b1) === undefined // one column "Số lượng"
 */
export function yearColumns(sheet: Pick<IndicatorSheet, "columns">): number[] | undefined {
  if (sheet.columns.length < 2) return undefined;
  const years = sheet.columns.map((c) => {
    const m =
      /^(?:năm\s*)?((?:19|20)\d\d)$/i.exec(c.id) ??
      /^năm\s*((?:19|20)\d\d)$/i.exec(c.header.trim());
    return m ? Number(m[1]) : NaN;
  });
  return years.every((y) => !Number.isNaN(y)) ? years : undefined;
}
