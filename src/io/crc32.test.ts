import fc from "fast-check";
import { zipSync } from "fflate";
import { crc32 } from "./crc32";

describe("crc32", () => {
  it("gives the standard check value and 0 for no bytes", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("continues over chunks to the value of the whole", () => {
    const bytes = new TextEncoder().encode("Tổng hợp phụ lục — Đảng ủy Khối ".repeat(40));
    const whole = crc32(bytes);
    let c = 0;
    for (let p = 0; p < bytes.length; p += 7) c = crc32(bytes.subarray(p, p + 7), c);
    expect(c).toBe(whole);
  });

  it("agrees with the checksum fflate stores in a zip", () => {
    const data = new TextEncoder().encode("<sheetData>Biểu 1</sheetData>");
    const zip = zipSync({ "a.xml": data });
    const stored = new DataView(zip.buffer).getUint32(14, true); // local header CRC field
    expect(crc32(data)).toBe(stored);
  });
});

describe("crc32 against Node's zlib", () => {
  it("agrees on random bytes of every length and alignment", () => {
    const { crc32: zlibCrc32 } = jest.requireActual<typeof import("node:zlib")>("node:zlib");
    if (typeof zlibCrc32 !== "function") return; // Node < 20.15: the tests above still hold
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(7), (bytes, offset) => {
        const view = bytes.subarray(Math.min(offset, bytes.length));
        expect(crc32(view)).toBe(zlibCrc32(view) >>> 0);
      }),
    );
  });
});
