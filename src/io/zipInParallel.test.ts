import { zipSync, type Zippable } from "fflate";
import { zipInParallel } from "./zipInParallel";

const MTIME = new Date(2026, 10, 2, 8, 0, 0);

function sheetXml(rows: number, seed: number): Uint8Array {
  const parts: string[] = ["<sheetData>"];
  for (let r = 1; r <= rows; r++)
    parts.push(`<row r="${r}"><c r="A${r}"><v>${(r * seed) % 9973}</v></c></row>`);
  parts.push("</sheetData>");
  return new TextEncoder().encode(parts.join(""));
}

describe("zipInParallel", () => {
  it("gives zipSync's bytes when the large parts are deflated on other threads", async () => {
    const files: Array<[string, Uint8Array]> = [
      ["[Content_Types].xml", new TextEncoder().encode("<Types/>")],
      ["xl/worksheets/sheet1.xml", sheetXml(120000, 7)],
      ["xl/worksheets/sheet2.xml", sheetXml(60000, 13)],
      ["xl/worksheets/sheet3.xml", sheetXml(15000, 3)],
      ["xl/sharedStrings.xml", sheetXml(100, 5)],
    ];
    expect(files.reduce((n, [, d]) => n + d.length, 0)).toBeGreaterThan(4 << 20);
    const z: Zippable = {};
    for (const [name, data] of files) z[name] = [data, { mtime: MTIME }];
    const expected = zipSync(z, { level: 6 });
    const actual = await zipInParallel(files, MTIME);
    expect(Buffer.from(actual).equals(Buffer.from(expected))).toBe(true);
  });

  it("deflates here what the other thread fails to, same bytes", async () => {
    const files: Array<[string, Uint8Array]> = [
      ["a.xml", sheetXml(150000, 3)],
      ["b.xml", sheetXml(100, 2)],
    ];
    const z: Zippable = {};
    for (const [name, data] of files) z[name] = [data, { mtime: MTIME }];
    const failing = () => Promise.reject(new Error("thread gone"));
    const actual = await zipInParallel(files, MTIME, failing);
    expect(Buffer.from(actual).equals(Buffer.from(zipSync(z, { level: 6 })))).toBe(true);
  });

  it("zips small archives on this thread alone, same bytes", async () => {
    const files: Array<[string, Uint8Array]> = [["a.xml", sheetXml(10, 1)]];
    const expected = zipSync({ "a.xml": [files[0][1], { mtime: MTIME }] }, { level: 6 });
    expect(Buffer.from(await zipInParallel(files, MTIME)).equals(Buffer.from(expected))).toBe(true);
  });
});
