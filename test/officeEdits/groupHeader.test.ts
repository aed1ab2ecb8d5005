import { addMerges, insertRows, XlsxParts } from "../corpus/xlsxParts";
import { consolidateSet, findingsOf, typeText, unitSet } from "./officeSet";

/** The indicator sheets and the last column of each (D: one value column; H: five years). */
const SHEETS: Array<[name: string, last: string, group: string]> = [
  ["B1 Quán triệt, triển khai", "D", "Kết quả thực hiện"],
  ["B2 Kết quả thực hiện", "H", "Kết quả qua các năm"],
  ["B3 Kỷ luật, vi phạm", "D", "Kết quả thực hiện"],
  ["B4 Khen thưởng", "D", "Kết quả"],
];

/**
 * An office adds a group header above the value columns, as Excel users do: a row inserted
 * under the header row, the value headers moved down into it, the group's title written above
 * (merged across the value columns when there are several), and STT, "Chỉ tiêu", "Đơn vị tính"
 * merged down over the two header rows.
 */
function addGroupHeader(xml: string, last: string, group: string): string {
  const headers = xml.match(/<row r="4"[^>]*>(.*?)<\/row>/)![1];
  const valueCells = [...headers.matchAll(/<c r="([D-H])4"[^>]*>(.*?)<\/c>/g)];
  let out = insertRows(xml, 5, 1);
  for (const [, col, body] of valueCells) {
    const cell = `<c r="${col}5" s="3" t="s">${body}</c>`;
    out = out.includes('<row r="5"')
      ? out.replace(/(<row r="5"[^>]*>.*?)(<\/row>)/, `$1${cell}$2`)
      : out.replace('<row r="6"', `<row r="5">${cell}</row><row r="6"`);
  }
  out = typeText(out, "D4", group);
  for (const [, col] of valueCells.slice(1))
    out = out.replace(new RegExp(`<c r="${col}4"[^>]*>.*?</c>|<c r="${col}4"[^>]*/>`), "");
  const merges = ["A4:A5", "B4:B5", "C4:C5"];
  if (last !== "D") merges.push(`D4:${last}4`);
  return addMerges(out, merges);
}

describe("a group header above the value columns", () => {
  it("finds the value column under it, one column or several: the original set's totals", async () => {
    const original = consolidateSet(await unitSet());
    const grouped = consolidateSet(
      await unitSet((bytes) => {
        const x = XlsxParts.of(bytes);
        for (const [sheet, last, group] of SHEETS)
          x.editSheet(sheet, (xml) => addGroupHeader(xml, last, group));
        return x.bytes();
      }),
    );
    expect(findingsOf(grouped, ["error", "warning"])).toEqual([]);
    expect(grouped.totals).toEqual(original.totals);
    expect(grouped.lists).toEqual(original.lists);
  });
});
