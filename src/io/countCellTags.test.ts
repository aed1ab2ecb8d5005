import { strToU8 } from "fflate";
import { countCellTags } from "./countCellTags";

describe("countCellTags", () => {
  it("counts xlsx cells, empty or not, and nothing else", () => {
    const xml =
      '<worksheet><cols><col min="1" max="2"/></cols><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"/><c>' +
      "<v>3</v></c></row></sheetData><conditionalFormatting><cfRule/></conditionalFormatting></worksheet>";
    expect(countCellTags(strToU8(xml), "xlsx")).toBe(3);
    expect(countCellTags(strToU8(""), "xlsx")).toBe(0);
    expect(countCellTags(strToU8("<c"), "xlsx")).toBe(0);
  });

  it("counts ods cells, not covered cells or the table itself", () => {
    const xml =
      '<table:table table:name="B1"><table:table-row><table:table-cell office:value="1"/>' +
      '<table:covered-table-cell/><table:table-cell table:number-columns-repeated="3"><text:p>x</text:p></table:table-cell>' +
      "<table:table-cell/></table:table-row></table:table>";
    expect(countCellTags(strToU8(xml), "ods")).toBe(3);
  });

  it("is a lower bound of the cells of a real template (every <c> becomes a grid cell)", () => {
    const rows = Array.from(
      { length: 50 },
      (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c><c r="C${r + 1}"/></row>`,
    );
    expect(countCellTags(strToU8(`<sheetData>${rows.join("")}</sheetData>`), "xlsx")).toBe(100);
  });
});
