import { samplePart } from "./partsOf.testutil";
import { readWorkbookXml } from "./readWorkbookXml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const workbook = (body: string, ns = MAIN) =>
  readWorkbookXml(`<workbook xmlns="${ns}" xmlns:r="urn:r">${body}</workbook>`);

describe("readWorkbookXml", () => {
  it("lists the sheets of a real file in tab order with their states", () => {
    const wb = readWorkbookXml(samplePart("xl/workbook.xml"));
    expect(wb?.sheets[0]).toEqual({ name: "Thông tin đơn vị", state: "visible", id: "rId4" });
    expect(wb?.sheets.at(-2)).toEqual({ name: "_PhuLuc", state: "veryHidden", id: "rId11" });
    expect(wb?.sheets.at(-1)).toEqual({
      name: "_PhuLucDanhSach",
      state: "veryHidden",
      id: "rId12",
    });
    expect(wb?.date1904).toBe(false);
  });

  it("reads 1904 dates as SheetJS's parsexmlbool does", () => {
    for (const [value, expected] of [
      ["1", true],
      ["true", true],
      ["TRUE", false],
      ["false", false],
    ] as const)
      expect(workbook(`<workbookPr date1904="${value}"/><sheets/>`)?.date1904).toBe(expected);
  });

  it("unescapes names; unknown states are visible", () => {
    const wb = workbook('<sheets><sheet name="A &amp; B" state="Hidden" r:id="r1"/></sheets>');
    expect(wb?.sheets).toEqual([{ name: "A & B", state: "visible", id: "r1" }]);
  });

  it("declines unknown namespaces, prefixed sheets and sheets without name or relationship", () => {
    expect(workbook("<sheets/>", "urn:other")).toBeUndefined();
    expect(workbook('<x:sheets><x:sheet name="A" r:id="r1"/></x:sheets>')).toBeUndefined();
    expect(workbook('<sheets><sheet r:id="r1"/></sheets>')).toBeUndefined();
    expect(workbook('<sheets><sheet name="A"/></sheets>')).toBeUndefined();
  });
});
