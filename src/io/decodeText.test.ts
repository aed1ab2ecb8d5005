import { decodeText } from "./decodeText";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeText", () => {
  it("reads UTF-8 with and without BOM, keeping NFD as NFD", () => {
    const nfd = "Ha\u0300 No\u0323i";
    expect(decodeText(utf8(nfd))).toBe(nfd);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Huế")]))).toBe("Huế");
  });

  it("reads UTF-16 little and big endian with BOM", () => {
    const le = new Uint8Array([0xff, 0xfe, 0xa3, 0x1e, 0x41, 0x00]); // "ảA"
    const be = new Uint8Array([0xfe, 0xff, 0x1e, 0xa3, 0x00, 0x41]);
    expect(decodeText(le)).toBe("ảA");
    expect(decodeText(be)).toBe("ảA");
  });

  it("falls back to Windows-1258 when the bytes are not UTF-8", () => {
    // "Đà Nẵng" in Windows-1258: Đ = D0, à = E0, ẵ = ă (E3) + combining tilde (DE).
    const bytes = new Uint8Array([0xd0, 0xe0, 0x20, 0x4e, 0xe3, 0xde, 0x6e, 0x67]);
    expect(decodeText(bytes).normalize("NFC")).toBe("Đà Nẵng");
  });
});
