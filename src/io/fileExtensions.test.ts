import { FILE_EXTENSIONS, kindByName, WORKBOOK_EXTENSIONS } from "./fileExtensions";
import { detectFileKind } from "./fileKind";

describe("file extensions", () => {
  it("offers every kind's endings, the picker's and the CLI's list", () => {
    expect(WORKBOOK_EXTENSIONS).toEqual([".xlsx", ".xlsm", ".xls", ".ods", ".csv"]);
  });

  it("tells a kind by name, in any case, also by the endings read but not offered", () => {
    expect(kindByName("Báo cáo.XLSX")).toBe("xlsx");
    expect(kindByName("so-lieu.xlsb")).toBe("xlsx");
    expect(kindByName("a.b.ods")).toBe("ods");
    expect(kindByName("Unicode.txt")).toBe("csv");
    expect(kindByName("bang.tsv")).toBe("csv");
    expect(kindByName("xlsx")).toBeUndefined();
    expect(kindByName("bao-cao.pdf")).toBeUndefined();
  });

  it("is what detectFileKind falls back on when the bytes cannot tell", () => {
    const text = new TextEncoder().encode("Mã;Giá trị\nCBCS01;3\n");
    for (const name of [...FILE_EXTENSIONS.csv, ".tsv", ".txt"])
      expect(detectFileKind(text, `don-vi${name}`)).toBe("csv");
    expect(detectFileKind(text, "don-vi.md")).toBe("unknown");
    // A zip cut short: its name says what it was.
    const cut = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    expect(FILE_EXTENSIONS.xlsx.map((e) => detectFileKind(cut, `a${e}`))).toEqual(["xlsx", "xlsx"]);
    expect(detectFileKind(cut, "a.xls")).toBe("xlsx");
    expect(detectFileKind(cut, "a.ods")).toBe("ods");
  });
});
