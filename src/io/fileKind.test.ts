import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { detectFileKind } from "./fileKind";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(__dirname, "../../test/fixtures/io", name)));

describe("detectFileKind", () => {
  it("tells real workbooks apart by content, whatever their names", () => {
    expect(detectFileKind(fixture("sample.xlsx"), "a.xlsx")).toBe("xlsx");
    expect(detectFileKind(fixture("sample.xlsx"), "renamed.xls")).toBe("xlsx");
    expect(detectFileKind(fixture("libreoffice.xls"), "a.xls")).toBe("xls");
    expect(detectFileKind(fixture("libreoffice.ods"), "a.xlsx")).toBe("ods");
    expect(detectFileKind(fixture("libreoffice-semicolon.csv"), "a.csv")).toBe("csv");
  });

  it("recognises encrypted files of each kind", () => {
    expect(detectFileKind(fixture("encrypted.xlsx"), "a.xlsx")).toBe("encrypted");
    expect(detectFileKind(fixture("encrypted.ods"), "a.ods")).toBe("encrypted");
    // An encrypted .xls is a normal OLE workbook with a FILEPASS record: the parser tells.
    expect(detectFileKind(fixture("encrypted.xls"), "a.xls")).toBe("xls");
  });

  it("rejects other documents, even with a workbook's name", () => {
    const docx = zipSync({ "word/document.xml": strToU8("<w:document/>") });
    expect(detectFileKind(docx, "a.xlsx")).toBe("unknown");
    expect(detectFileKind(strToU8("%PDF-1.4\n"), "a.csv")).toBe("unknown");
    expect(detectFileKind(new Uint8Array([1, 0, 2, 0]), "a.csv")).toBe("unknown");
    expect(detectFileKind(strToU8("a;b"), "a.xlsx")).toBe("unknown");
  });

  it("takes HTML tables and Excel 2003 XML as legacy .xls", () => {
    expect(detectFileKind(strToU8("\ufeff<html><table><tr><td>1</td></tr></table>"), "x.xls")).toBe(
      "xls",
    );
    const xml =
      '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">';
    expect(detectFileKind(strToU8(xml), "x.xml")).toBe("xls");
  });

  it("judges a damaged zip or OLE file by its name, so it is reported as damaged", () => {
    const cut = fixture("sample.xlsx").subarray(0, 2000);
    expect(detectFileKind(cut, "a.xlsx")).toBe("xlsx");
    expect(detectFileKind(cut, "a.docx")).toBe("unknown");
    expect(detectFileKind(fixture("libreoffice.xls").subarray(0, 600), "a.xls")).toBe("xls");
  });
});
