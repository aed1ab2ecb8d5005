import fc from "fast-check";
import { deflateSync, zipSync, type Zippable } from "fflate";
import { assembleZip } from "./assembleZip";
import { crc32 } from "./crc32";

const MTIME = new Date(2021, 4, 6, 8, 30, 12);

function viaFflate(files: Array<[string, Uint8Array]>): Uint8Array {
  const z: Zippable = {};
  for (const [name, data] of files) z[name] = [data, { mtime: MTIME }];
  return zipSync(z, { level: 6 });
}

function ours(files: Array<[string, Uint8Array]>): Uint8Array {
  return assembleZip(
    files.map(([name, data]) => ({
      name,
      crc: crc32(data),
      size: data.length,
      deflated: deflateSync(data, { level: 6 }),
    })),
    MTIME,
  );
}

describe("assembleZip", () => {
  it("lays out an .xlsx-like archive exactly as fflate's zipSync", () => {
    const text = new TextEncoder();
    const files: Array<[string, Uint8Array]> = [
      ["[Content_Types].xml", text.encode('<?xml version="1.0"?><Types/>')],
      ["xl/worksheets/sheet1.xml", text.encode('<c r="A1"><v>1</v></c>'.repeat(5000))],
      ["xl/empty.bin", new Uint8Array(0)],
      ["xl/media/ảnh đẹp.png", new Uint8Array([1, 2, 3, 250])],
    ];
    expect(Buffer.from(ours(files)).equals(Buffer.from(viaFflate(files)))).toBe(true);
  });

  it("agrees with zipSync on any entries", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 20 }), fc.uint8Array()), {
          minLength: 1,
          maxLength: 6,
          selector: ([name]) => name,
        }),
        (files) => {
          // zipSync takes an object: "a/" keys are folders to it, integer-like keys come first
          // whatever the insertion order, and "__proto__" is no key at all. Archive member
          // names here are plain names.
          const plain = files.filter(
            ([n]) => !n.endsWith("/") && !/^(0|[1-9]\d*)$/.test(n) && n !== "__proto__",
          );
          expect(Buffer.from(ours(plain)).equals(Buffer.from(viaFflate(plain)))).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
