import { zipSync } from "fflate";
import { crc32 as tableCrc32 } from "./crc32";
import { nodeCrc32 } from "./nodeCrc32";

const DATA = new TextEncoder().encode("Tổng hợp phụ lục ".repeat(5000));

describe("nodeCrc32", () => {
  it("gives zip's CRC-32, unsigned", () => {
    expect(nodeCrc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(nodeCrc32(DATA)).toBe(tableCrc32(DATA));
  });

  it("falls back to the table CRC on a Node without zlib.crc32, and zips the same bytes", async () => {
    const mtime = new Date(2026, 10, 2, 8, 0, 0);
    const files: Array<[string, Uint8Array]> = [["a.xml", DATA]];
    const expected = Buffer.from(zipSync({ "a.xml": [DATA, { mtime }] }, { level: 6 }));
    await jest.isolateModulesAsync(async () => {
      jest.doMock("node:zlib", () => ({ ...jest.requireActual("node:zlib"), crc32: undefined }));
      const { nodeCrc32: fallback } = await import("./nodeCrc32");
      const { zipParts } = await import("./zipParts");
      expect(fallback).toBe((await import("./crc32")).crc32);
      expect(fallback(DATA)).toBe(tableCrc32(DATA));
      expect(Buffer.from(await zipParts(files, mtime)).equals(expected)).toBe(true);
    });
  });
});
