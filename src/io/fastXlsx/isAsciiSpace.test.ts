import { isAsciiSpace } from "./isAsciiSpace";

describe("isAsciiSpace", () => {
  it("is JavaScript's whitespace below 0x80", () => {
    const ascii = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
    for (const ch of ascii) expect(isAsciiSpace(ch.charCodeAt(0))).toBe(ch.trim() === "");
    expect(isAsciiSpace(0xa0)).toBe(false);
    expect(isAsciiSpace(NaN)).toBe(false);
  });
});
