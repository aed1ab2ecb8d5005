import { samplePart } from "./partsOf.testutil";
import { readContentTypes } from "./readContentTypes";

const NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const types = (body: string, ns = NS) => readContentTypes(`<Types xmlns="${ns}">${body}</Types>`);

describe("readContentTypes", () => {
  it("finds the workbook, shared strings and styles of a real file", () => {
    const found = readContentTypes(samplePart("[Content_Types].xml"));
    expect(found).toMatchObject({
      workbook: "/xl/workbook.xml",
      strings: "/xl/sharedStrings.xml",
      styles: "/xl/styles.xml",
    });
    expect(found?.parts).toContain("/xl/worksheets/sheet8.xml");
  });

  it("keeps the first of each kind and nothing for absent kinds", () => {
    const styles = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    expect(
      types(
        `<Override PartName="/a.xml" ContentType="${styles}"/><Override PartName="/b.xml" ContentType="${styles}"/>`,
      ),
    ).toEqual({ workbook: "", strings: "", styles: "/a.xml", parts: ["/a.xml", "/b.xml"] });
  });

  it("declines what SheetJS rejects or cannot guard", () => {
    expect(types("", "urn:other")).toBeUndefined();
    expect(types('<Default ContentType="application/xml"/>')).toBeUndefined();
    expect(
      types(
        '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/>',
      ),
    ).toBeUndefined();
  });
});
