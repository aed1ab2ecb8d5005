import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readWorkbook, WorkbookReadError } from "../../src/io";
import { CORPUS_DIR } from "../corpus/paths";

const corpus = (name: string) => new Uint8Array(readFileSync(join(CORPUS_DIR, name)));

function reason(bytes: Uint8Array, name: string): string | undefined {
  try {
    readWorkbook(bytes, name);
    return undefined;
  } catch (err) {
    if (err instanceof WorkbookReadError) return err.reason;
    throw err;
  }
}

/** Offset of an entry's data in a zip made by fflate (no extra fields). */
function dataOffset(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = strToU8(name);
  for (let p = 0; p + 30 < zip.length; p++) {
    if (view.getUint32(p, true) !== 0x04034b50) continue;
    const n = view.getUint16(p + 26, true);
    const found = zip.subarray(p + 30, p + 30 + n);
    if (n === wanted.length && found.every((b, i) => b === wanted[i]))
      return p + 30 + n + view.getUint16(p + 28, true);
  }
  throw new Error(`no ${name}`);
}

describe("damaged zip entries are refused, never read as empty sheets", () => {
  it("a template whose B2 sheet has damaged deflate data (SheetJS alone reads it as an empty sheet)", () => {
    expect(reason(corpus("corrupt-CBCS07.xlsx"), "corrupt-CBCS07.xlsx")).toBe("corrupt");
    expect(reason(corpus("ok-CBCS01.xlsx"), "ok-CBCS01.xlsx")).toBeUndefined();
  });

  it("a stored (uncompressed) sheet with one changed digit fails its checksum", () => {
    const parts = unzipSync(corpus("ok-CBCS01.xlsx"));
    const path = "xl/worksheets/sheet2.xml";
    const sheet = parts[path];
    const zip = zipSync({ ...parts, [path]: [sheet, { level: 0 }] });
    expect(reason(zip, "Lưu.xlsx")).toBeUndefined();
    const value = strFromU8(sheet).indexOf('<c r="D6" s="7"><v>24</v>');
    expect(value).toBeGreaterThan(0);
    const digit = dataOffset(zip, path) + value + '<c r="D6" s="7"><v>'.length;
    const changed = zip.slice();
    changed[digit] = 0x39; // 24 → 94: still a valid workbook, only the checksum tells
    expect(reason(changed, "Sửa.xlsx")).toBe("corrupt");
  });

  it("names the damaged part in the message", () => {
    try {
      readWorkbook(corpus("corrupt-CBCS07.xlsx"), "corrupt-CBCS07.xlsx");
    } catch (err) {
      expect((err as WorkbookReadError).message).toBe(
        "Tệp 'corrupt-CBCS07.xlsx' bị hỏng hoặc không đầy đủ ('xl/worksheets/sheet3.xml'); hãy mở bằng Excel, lưu lại rồi gửi lại.",
      );
      return;
    }
    throw new Error("read without error");
  });
});

describe("a damaged .xls is refused as damaged", () => {
  it("a .xls whose sheet records are damaged (found by fuzzing: was a TypeError from sheetToGrid)", () => {
    const bytes = corpus("libreoffice-CBCS02.xls");
    bytes[736] = 0;
    expect(reason(bytes, "hỏng.xls")).toBe("corrupt");
  });
});
