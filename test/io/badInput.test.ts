import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { readWorkbook } from "../../src/io/readWorkbook";
import { WorkbookReadError, type WorkbookReadReason } from "../../src/io/workbookReadError";
import type { ReadLimits } from "../../src/io/readLimits";
import { FIXTURES } from "./helpers";

const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

function failure(bytes: Uint8Array, fileName: string, limits?: ReadLimits): WorkbookReadError {
  try {
    readWorkbook(bytes, fileName, limits);
  } catch (err) {
    if (err instanceof WorkbookReadError) return err;
    throw err;
  }
  throw new Error(`${fileName} was read without error`);
}

function expectReason(
  bytes: Uint8Array,
  fileName: string,
  reason: WorkbookReadReason,
  limits?: ReadLimits,
) {
  const err = failure(bytes, fileName, limits);
  expect(err.reason).toBe(reason);
  expect(err.code).toBe("E_FILE");
  expect(err.fileName).toBe(fileName);
  expect(err.message).toContain(`'${fileName}'`);
  expect(err.messageEn).toContain(`'${fileName}'`);
  return err;
}

/** Sets the uncompressed size every central-directory entry claims. */
function claimSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let p = 0; p + 4 <= out.length; p++) {
    if (view.getUint32(p, true) === 0x02014b50) view.setUint32(p + 24, size, true);
  }
  return out;
}

describe("readWorkbook refuses bad files with a clear reason", () => {
  it("empty file", () => {
    const err = expectReason(new Uint8Array(0), "Trống.xlsx", "empty");
    expect(err.message).toBe("Tệp 'Trống.xlsx' rỗng (0 byte).");
  });

  it("password-protected files saved by LibreOffice (.xls, .ods) and an encrypted .xlsx", () => {
    for (const name of ["encrypted.xls", "encrypted.ods", "encrypted.xlsx"]) {
      const err = expectReason(fixture(name), name, "encrypted");
      expect(err.message).toBe(
        `Tệp '${name}' được đặt mật khẩu (mã hóa); hãy gỡ mật khẩu rồi gửi lại.`,
      );
      expect(err.messageEn).toMatch(/password-protected/);
    }
  });

  it("truncated downloads", () => {
    const whole = fixture("sample.xlsx");
    for (const keep of [0.5, 0.9, 0.999])
      expectReason(whole.subarray(0, Math.floor(whole.length * keep)), "Cắt.xlsx", "corrupt");
    const xls = fixture("libreoffice.xls");
    expectReason(xls.subarray(0, 3000), "Cắt.xls", "corrupt");
  });

  it("a zip claiming 1 GB of content", () => {
    const zip = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/workbook.xml": new Uint8Array(1000),
    });
    const err = expectReason(claimSizes(zip, 1 << 30), "Bom.xlsx", "zipBomb");
    expect(err.message).toContain("2048.0 MB > 200.0 MB");
  });

  it("a zip of 50 MB of zeros (ratio above 100×)", () => {
    const zip = zipSync({ "xl/workbook.xml": new Uint8Array(50 * 1024 * 1024) }, { level: 1 });
    expect(zip.length).toBeLessThan(1024 * 1024);
    expectReason(zip, "Bom.xlsx", "zipBomb");
  });

  it("a zip that lies about its sizes is caught by inflating with a cap", () => {
    const zip = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/workbook.xml": new Uint8Array(4 * 1024 * 1024),
    });
    const lying = claimSizes(zip, 100);
    const err = expectReason(lying, "Dối.xlsx", "zipBomb", { maxUncompressedBytes: 1024 * 1024 });
    expect(err.detail).toContain("xl/workbook.xml");
  });

  it("files that are not workbooks: PDF, Word, image, text with a workbook's name", () => {
    expectReason(
      strToU8("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"),
      "Báo cáo.xlsx",
      "notWorkbook",
    );
    const docx = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "word/document.xml": strToU8("<w:document/>"),
    });
    expectReason(docx, "Báo cáo.docx", "notWorkbook");
    expectReason(docx, "Báo cáo.xlsx", "notWorkbook");
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expectReason(png, "ảnh.xls", "notWorkbook");
    expectReason(strToU8("Kính gửi: Ban Tổ chức"), "ghi chú.xlsx", "notWorkbook");
  });

  it("files over the size limit", () => {
    const bytes = fixture("sample.xlsx");
    const err = expectReason(bytes, "Lớn.xlsx", "tooLarge", { maxBytes: 1000 });
    expect(err.message).toBe(`Tệp 'Lớn.xlsx' quá lớn để đọc an toàn (${bytes.length} B > 1000 B).`);
  });

  it("workbooks with more cells than allowed", () => {
    expectReason(fixture("sample.xlsx"), "Nhiều.xlsx", "tooManyCells", { maxCells: 20 });
    // Four sheets and the very hidden list sheet.
    expect(readWorkbook(fixture("sample.xlsx"), "Đủ.xlsx", { maxCells: 200 }).sheets).toHaveLength(
      5,
    );
    expectReason(strToU8("a;b\n".repeat(100)), "Nhiều.csv", "tooManyCells", { maxCells: 50 });
  });
});

describe("readWorkbook reads what units really send", () => {
  const csvRows = (bytes: Uint8Array, name = "Đơn vị.csv") =>
    readWorkbook(bytes, name).sheets[0].rows;

  it("CSV with ';', UTF-8 with or without BOM, Vietnamese text, quoted separators and line breaks", () => {
    const text =
      'Mã;Tên đơn vị;Số lượng;Tỷ lệ\r\n01;"Xã Đông Hòa; huyện Dĩ An";1234;95,5%\r\n02;"Phường ""Mới""\nghi chú";12,5;\r\n';
    const expected = [
      ["Mã", "Tên đơn vị", "Số lượng", "Tỷ lệ"],
      ["01", "Xã Đông Hòa; huyện Dĩ An", 1234, "95,5%"],
      ["02", 'Phường "Mới"\nghi chú', 12.5],
    ];
    expect(csvRows(strToU8(text))).toEqual(expected);
    expect(csvRows(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(text)]))).toEqual(expected);
  });

  it("CSV saved in Windows-1258 or UTF-16 by older Excel", () => {
    // "Hà Nội;12" in Windows-1258: à = E0, ộ = ô (F4) + combining dot below (F2).
    const cp1258 = new Uint8Array([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0xf2, 0x69, 0x3b, 0x31, 0x32]);
    expect(csvRows(cp1258)).toEqual([["Hà N\u00f4\u0323i", 12]]);
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from("Mã\tSố\r\nA\t7").flatMap((ch) => [
        ch.charCodeAt(0) & 0xff,
        ch.charCodeAt(0) >> 8,
      ]),
    ]);
    expect(csvRows(utf16, "Unicode.txt")).toEqual([
      ["Mã", "Số"],
      ["A", 7],
    ]);
  });

  it("an HTML table saved with an .xls name (web-app exports)", () => {
    const html =
      "<html><body><table><tr><td>Đơn vị</td><td>Số</td></tr><tr><td>Hà Nội</td><td>12</td></tr></table></body></html>";
    const [sheet] = readWorkbook(strToU8(html), "Xuất.xls").sheets;
    expect(sheet.rows).toEqual([
      ["Đơn vị", "Số"],
      ["Hà Nội", 12],
    ]);
  });

  it("an .xlsx renamed to .xls is read by its content", () => {
    const wb = readWorkbook(fixture("sample.xlsx"), "Đổi tên.xls");
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "Biểu 1",
      "Danh sách",
      "Ẩn",
      "_PhuLuc",
      "_PhuLucDanhSach",
    ]);
  });

  it("says nothing on the console while reading .ods", () => {
    const spies = (["error", "warn", "log"] as const).map((m) => jest.spyOn(console, m));
    readWorkbook(fixture("libreoffice.ods"), "x.ods");
    for (const spy of spies) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });
});
