import { SheetBuilder } from "./sheetBuilder";

describe("SheetBuilder", () => {
  it("freezes a ragged layout into one rectangular block", () => {
    const b = new SheetBuilder("S");
    b.set(0, 0, { v: "title", s: "title" });
    b.setRow(2, 1, [{ v: 1 }, { f: "A1" }]);
    b.merge(0, 0, 0, 2);
    b.setWidth(1, 30);
    const sheet = b.build();
    expect(sheet.blocks).toHaveLength(1);
    const cells = sheet.blocks[0].cells;
    expect(cells.map((r) => r.length)).toEqual([3, 3, 3]);
    expect(cells[2][2]).toEqual({ f: "A1" });
    expect(cells[1][0]).toEqual({});
    expect(sheet.merges).toEqual(["A1:C1"]);
    expect(sheet.columnWidths).toEqual([10, 30]);
  });
});
