import { strToU8, zipSync } from "fflate";
import { entryDataOffset, listZipEntries } from "./listZipEntries";

describe("listZipEntries", () => {
  const zip = zipSync({
    mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
    "xl/Biểu 1.xml": new Uint8Array(5000),
  });

  it("lists names, methods and claimed sizes from the central directory", () => {
    const entries = listZipEntries(zip)!;
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ["mimetype", 0, 46],
      ["xl/Biểu 1.xml", 8, 5000],
    ]);
    expect(entries[1].compressedSize).toBeLessThan(100);
    const stored = entries[0];
    const start = entryDataOffset(zip, stored);
    expect(new TextDecoder().decode(zip.subarray(start, start + stored.compressedSize))).toBe(
      "application/vnd.oasis.opendocument.spreadsheet",
    );
  });

  it("finds the end record behind an archive comment", () => {
    const commented = zipSync({ a: strToU8("x") }, { comment: "Phụ lục ".repeat(50) });
    expect(listZipEntries(commented)!.map((e) => e.name)).toEqual(["a"]);
  });

  it("returns undefined for truncated or damaged archives", () => {
    expect(listZipEntries(zip.subarray(0, zip.length - 10))).toBeUndefined();
    expect(listZipEntries(zip.subarray(0, 40))).toBeUndefined();
    expect(listZipEntries(new Uint8Array(0))).toBeUndefined();
    const moved = zip.slice();
    // Point the central directory somewhere else.
    const view = new DataView(moved.buffer);
    view.setUint32(moved.length - 6, 3, true);
    expect(listZipEntries(moved)).toBeUndefined();
  });
});
