import { decodePart } from "./decodePart";

describe("decodePart", () => {
  it("decodes UTF-8", () => {
    expect(decodePart(new TextEncoder().encode("<t>Đạt 😀</t>"))).toBe("<t>Đạt 😀</t>");
  });

  it("declines byte-order marks, bytes that are not UTF-8 and missing parts", () => {
    expect(decodePart(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]))).toBeUndefined();
    expect(decodePart(new Uint8Array([0xff, 0xfe, 0x3c, 0]))).toBeUndefined();
    expect(decodePart(new Uint8Array([0x3c, 0xc3, 0x28]))).toBeUndefined();
    expect(decodePart(undefined)).toBeUndefined();
  });
});
