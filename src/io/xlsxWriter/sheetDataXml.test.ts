import type { PlanSheet } from "../../shared/model";
import { layoutSheet } from "./layoutSheet";
import { createSharedStrings } from "./sharedStrings";
import { sheetDataXml } from "./sheetDataXml";
import { planSheet } from "./planFixtures.testutil";
import { createStyleRegistry } from "./styleRegistry";

const styles = () => createStyleRegistry({ b: { font: { bold: true } }, plain: {} });
const data = (over: Partial<PlanSheet>, strings = createSharedStrings()) => {
  const { bytes, ...rest } = sheetDataXml(layoutSheet(planSheet(over)), styles(), strings);
  return { xml: new TextDecoder().decode(bytes), ...rest };
};

describe("sheetDataXml", () => {
  it("writes each kind of value as ExcelJS does", () => {
    const strings = createSharedStrings();
    const { xml } = data(
      {
        blocks: [
          {
            row: 0,
            col: 0,
            cells: [
              [
                { v: 0.1 + 0.2 },
                { v: true },
                { v: "=1+1", s: "b" },
                { f: "SUM(A1:B1)", v: 3 },
                { f: 'IF(A1>0,"có","")', v: "có" },
                { f: "A1>0", v: false },
                { f: "MINIFS(A1:A9,B1:B9,1)" },
              ],
            ],
          },
        ],
      },
      strings,
    );
    expect(xml).toBe(
      '<sheetData><row r="1" spans="1:7" x14ac:dyDescent="0.25">' +
        '<c r="A1"><v>0.30000000000000004</v></c><c r="B1" t="b"><v>1</v></c>' +
        '<c r="C1" s="1" t="s"><v>0</v></c><c r="D1"><f>SUM(A1:B1)</f><v>3</v></c>' +
        '<c r="E1" t="str"><f>IF(A1&gt;0,&quot;có&quot;,&quot;&quot;)</f><v>có</v></c>' +
        '<c r="F1" t="b"><f>A1&gt;0</f><v>0</v></c>' +
        '<c r="G1"><f>_xlfn.MINIFS(A1:A9,B1:B9,1)</f></c></row></sheetData>',
    );
    expect(strings.values).toEqual(["=1+1"]);
  });

  it("spans every cell a row holds, written or not, and lists merges by first merged cell", () => {
    const { xml, dimension, mergeOrder } = data({
      blocks: [{ row: 1, col: 1, cells: [[{ v: 1, s: "plain" }]] }],
      merges: ["D5:E6", "B2:C3"],
      rowHeights: { 7: 30 },
    });
    expect(xml).toBe(
      '<sheetData><row r="2" spans="2:3" x14ac:dyDescent="0.25"><c r="B2"><v>1</v></c><c r="C2"/></row>' +
        '<row r="3" spans="2:3" x14ac:dyDescent="0.25"><c r="B3"/><c r="C3"/></row>' +
        '<row r="5" spans="4:5" x14ac:dyDescent="0.25"><c r="E5"/></row>' +
        '<row r="6" spans="4:5" x14ac:dyDescent="0.25"><c r="D6"/><c r="E6"/></row>' +
        '<row r="8" ht="30" customHeight="1" x14ac:dyDescent="0.25"/></sheetData>',
    );
    expect(mergeOrder).toEqual([1, 0]);
    // ExcelJS's range expansion: the height-only row (no columns) last resets left and keeps right.
    expect(dimension).toBe("A2:E8");
  });

  it("writes an empty sheet as ExcelJS does", () => {
    expect(data({})).toEqual({ xml: "<sheetData/>", dimension: "A1:A1", mergeOrder: [] });
  });
});
