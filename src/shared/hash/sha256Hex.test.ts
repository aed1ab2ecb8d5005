import { createHash } from "crypto";
import fc from "fast-check";
import { sha256Hex } from "./sha256Hex";

const nodeSha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("sha256Hex", () => {
  it("gives the FIPS 180-4 test vectors", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("agrees with node's crypto around the padding boundaries (55, 56, 63, 64 bytes …)", () => {
    for (let n = 0; n <= 200; n++) {
      const text = "a".repeat(n);
      expect(sha256Hex(text)).toBe(nodeSha256(text));
    }
  });

  it("hashes Vietnamese text as UTF-8", () => {
    const text = "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh – Nghị quyết 01-NQ/ĐUK";
    expect(sha256Hex(text)).toBe(nodeSha256(text));
  });

  it("agrees with node's crypto on arbitrary strings, astral characters and lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(nodeSha256(text));
      }),
      { numRuns: 300 },
    );
  });

  it("agrees on a long text spanning many blocks", () => {
    const text = "Sơ kết 05 năm ".repeat(5000);
    expect(sha256Hex(text)).toBe(nodeSha256(text));
  });
});
