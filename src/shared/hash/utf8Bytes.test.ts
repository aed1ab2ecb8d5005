import fc from "fast-check";
import { utf8Bytes } from "./utf8Bytes";

describe("utf8Bytes", () => {
  it("encodes one to four bytes per code point", () => {
    expect([...utf8Bytes("A")]).toEqual([0x41]);
    expect([...utf8Bytes("Đ")]).toEqual([0xc4, 0x90]);
    expect([...utf8Bytes("ệ")]).toEqual([0xe1, 0xbb, 0x87]);
    expect([...utf8Bytes("😀")]).toEqual([0xf0, 0x9f, 0x98, 0x80]);
  });

  it("replaces lone surrogates with U+FFFD like TextEncoder", () => {
    expect([...utf8Bytes("\ud800x")]).toEqual([0xef, 0xbf, 0xbd, 0x78]);
    expect([...utf8Bytes("\udc00")]).toEqual([0xef, 0xbf, 0xbd]);
  });

  it("matches TextEncoder and Buffer on arbitrary strings", () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const ours = utf8Bytes(text);
        expect([...ours]).toEqual([...encoder.encode(text)]);
        expect(Buffer.from(ours).equals(Buffer.from(text, "utf8"))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
