import { strToU8, unzipSync, zipSync } from "fflate";
import { normalizeZip } from "./normalizeZip";

/** DOS date/time of each local header: [name, date, time]. */
function stamps(zip: Uint8Array): Array<[string, number, number]> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: Array<[string, number, number]> = [];
  for (let p = 0; p + 30 <= zip.length;) {
    if (view.getUint32(p, true) !== 0x04034b50) break;
    const nameLength = view.getUint16(p + 26, true);
    const name = new TextDecoder().decode(zip.subarray(p + 30, p + 30 + nameLength));
    out.push([name, view.getUint16(p + 12, true), view.getUint16(p + 10, true)]);
    p += 30 + nameLength + view.getUint16(p + 28, true) + view.getUint32(p + 18, true);
  }
  return out;
}

describe("normalizeZip", () => {
  const source = zipSync(
    {
      "xl/workbook.xml": [strToU8("<workbook/>"), { mtime: new Date() }],
      "xl/": [new Uint8Array(0), {}],
      "[Content_Types].xml": [strToU8("<Types/>"), { mtime: new Date(2001, 1, 1) }],
      "_rels/.rels": strToU8("<Relationships/>"),
    },
    { level: 0 },
  );

  it("keeps the content, puts [Content_Types].xml first, sorts the rest, drops directories", () => {
    const out = normalizeZip(source, "2026-11-02T08:00:00Z");
    expect(Object.keys(unzipSync(out))).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
    ]);
    expect(new TextDecoder().decode(unzipSync(out)["xl/workbook.xml"])).toBe("<workbook/>");
  });

  it("stamps every entry with the given time's UTC fields, whatever the local zone", () => {
    const tz = process.env.TZ;
    try {
      const results = ["Asia/Ho_Chi_Minh", "America/New_York", "UTC"].map((zone) => {
        process.env.TZ = zone;
        return normalizeZip(source, "2026-11-02T08:00:00Z");
      });
      expect(Buffer.from(results[0]).equals(Buffer.from(results[1]))).toBe(true);
      expect(Buffer.from(results[0]).equals(Buffer.from(results[2]))).toBe(true);
      // 2026-11-02 → ((2026-1980)<<9)|(11<<5)|2; 08:00:00 → 8<<11.
      const date = ((2026 - 1980) << 9) | (11 << 5) | 2;
      expect(stamps(results[0]).map(([, d, t]) => [d, t])).toEqual([
        [date, 8 << 11],
        [date, 8 << 11],
        [date, 8 << 11],
      ]);
    } finally {
      process.env.TZ = tz;
    }
  });

  it("uses 1980-01-01 for times zip cannot hold", () => {
    const [[, d, t]] = stamps(normalizeZip(source, "1970-01-01T00:00:00Z"));
    expect([d, t]).toEqual([(1 << 5) | 1, 0]);
  });
});
