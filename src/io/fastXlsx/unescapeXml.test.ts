import { unescapeXml } from "./unescapeXml";

describe("unescapeXml", () => {
  it("unescapes the named entities and numeric references", () => {
    expect(unescapeXml("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;")).toBe(
      `a & b <c> "d" 'e'`,
    );
    expect(unescapeXml("&#233;&#x1EA1;&#X41;")).toBe("éạ)");
  });

  it("keeps SheetJS's quirks: case-insensitive names become NUL, unknown entities stay", () => {
    expect(unescapeXml("&AMP;")).toBe("\u0000");
    expect(unescapeXml("&nbsp; & &;")).toBe("&nbsp; & &;");
  });

  it("decodes Excel's _xHHHH_ escapes after the entities, in one pass", () => {
    expect(unescapeXml("_x0041__x000d_")).toBe("A\r");
    expect(unescapeXml("_x005F_x0041_")).toBe("_x0041_");
    expect(unescapeXml("&#95;x0041_")).toBe("A");
  });

  it("turns CRLF into LF for cell texts only", () => {
    expect(unescapeXml("a\r\nb&#13;&#10;c", true)).toBe("a\nb\nc");
    expect(unescapeXml("a\r\nb")).toBe("a\r\nb");
  });
});
