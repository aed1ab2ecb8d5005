import { readCellFormats } from "./readCellFormats";
import { readSheetXml, type SheetReadContext } from "./readSheetXml";

const ctx: SheetReadContext = {
  strings: ["Mã", "Đạt"],
  formats: readCellFormats(
    '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs><xf/><xf numFmtId="164"/></cellXfs></styleSheet>',
  )!,
  isDateFormat: (z) => z === "dd/mm/yyyy",
  serialOffset: 0,
};
const sheet = (rows: string, after = "") =>
  readSheetXml(
    `<worksheet><sheetData>${rows}</sheetData>${after}</worksheet>`,
    "S",
    "visible",
    ctx,
  );

describe("readSheetXml", () => {
  it("reads values, dates, formulas and merges into ragged rows", () => {
    expect(
      sheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" s="1"><v>45000</v></c><c r="D1" s="1"/></row>' +
          '<row r="3"><c r="B3"><f>A1&amp;"x"</f><v>2.5</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" t="e"><v>#REF!</v></c></row>',
        '<mergeCells><mergeCell ref="A1:B1"/></mergeCells>',
      ),
    ).toEqual({
      name: "S",
      state: "visible",
      rows: [
        ["Mã", null, { kind: "date", serial: 45000 }],
        [],
        [null, 2.5, true, { kind: "error", code: "#REF!" }],
      ],
      merges: ["A1:B1"],
      formulas: { B3: 'A1&"x"' },
    });
  });

  it("keeps a formula without value on an empty cell, drops LibreOffice's TRUE()", () => {
    const grid = sheet(
      '<row r="1"><c r="A1"><f>B1*2</f></c><c r="B1" t="b"><f>TRUE()</f><v>1</v></c></row>',
    );
    expect(grid?.rows).toEqual([[null, true]]);
    expect(grid?.formulas).toEqual({ A1: "B1*2" });
  });

  it("expands shared formulas to the cells that use them", () => {
    const grid = sheet(
      '<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1+$C$1</f><v>1</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>2</v></c></row>',
    );
    expect(grid?.formulas).toEqual({ A1: "B1+$C$1", A2: "B2+$C$1" });
  });

  it("an empty sheet has no rows", () => {
    expect(readSheetXml("<worksheet><sheetData/></worksheet>", "S", "hidden", ctx)).toEqual({
      name: "S",
      state: "hidden",
      rows: [],
      merges: [],
      formulas: {},
    });
  });

  it("declines cells out of order, without reference, of unknown type or with unknown parts", () => {
    for (const rows of [
      '<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>1</v></c></row>',
      '<row r="1"><c><v>1</v></c></row>',
      '<row r="1"><c r="a1"><v>1</v></c></row>',
      '<row r="1"><c r="A1" t="d"><v>2021-01-01</v></c></row>',
      '<row r="1"><c r="A1"><v>1</v><extLst/></c></row>',
      '<row r="1"><c r="A1" t="s"><v>5</v></c></row>',
      '<row r="1">text<c r="A1"><v>1</v></c></row>',
      '<row r="1"><c\tr="A1"><v>1</v></c></row>',
    ])
      expect(sheet(rows)).toBeUndefined();
    expect(
      sheet(
        '<row r="1"><c r="A1"><v>1</v></c></row>',
        '<hyperlinks><hyperlink ref="A1"/></hyperlinks>',
      ),
    ).toBeUndefined();
    expect(sheet('<row r="1"><c r="A1"><v>1</v></c></row>', "<!-- x -->")).toBeUndefined();
  });
});
