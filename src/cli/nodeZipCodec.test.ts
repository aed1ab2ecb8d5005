import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { checkReadLimits, DEFAULT_READ_LIMITS, detectFileKind } from "../io";
import { portableZipCodec } from "../io/zipCodec";
import { nodeZipCodec } from "./nodeZipCodec";

const CORPUS = join(__dirname, "..", "..", "test", "corpus", "files");

/** What checkReadLimits concludes: the refusal's reason and detail, or the parts it returns. */
function verdict(bytes: Uint8Array, name: string, codec: typeof nodeZipCodec): unknown {
  try {
    const parts = checkReadLimits(
      bytes,
      name,
      detectFileKind(bytes, name),
      DEFAULT_READ_LIMITS,
      codec,
    );
    return [...parts].map(([k, v]) => [k, Buffer.from(v).toString("base64")]);
  } catch (err) {
    return String(err);
  }
}

describe("nodeZipCodec", () => {
  it("inflates as fflate does and caps a lying entry at cap + 1 bytes", () => {
    const data = new TextEncoder().encode("Số đảng viên ".repeat(1000));
    const packed = deflateRawSync(data);
    expect(Buffer.from(nodeZipCodec.inflateRaw(packed, data.length))).toEqual(Buffer.from(data));
    expect(nodeZipCodec.inflateRaw(packed, 100)).toHaveLength(101);
    expect(portableZipCodec.inflateRaw(packed, 100)).toHaveLength(101);
    expect(nodeZipCodec.crc32(data)).toBe(portableZipCodec.crc32(data));
    expect(() => nodeZipCodec.inflateRaw(new Uint8Array([0xff, 0xff, 0xff]), 10)).toThrow();
  });

  it("gives the same verdicts and parts as the portable codec on the whole reliability corpus", () => {
    const names = readdirSync(CORPUS, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(CORPUS.length + 1));
    expect(names.length).toBeGreaterThan(30);
    for (const name of names) {
      const bytes = new Uint8Array(readFileSync(join(CORPUS, name)));
      expect([name, verdict(bytes, name, nodeZipCodec)]).toEqual([
        name,
        verdict(bytes, name, portableZipCodec),
      ]);
    }
  });
});
