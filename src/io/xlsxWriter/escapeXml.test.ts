import fc from "fast-check";
import { escapeXml } from "./escapeXml";

// ExcelJS's own encoder, the behaviour to match.

const { xmlEncode } = require("exceljs/lib/utils/utils") as { xmlEncode(s: string): string };

describe("escapeXml", () => {
  it("escapes markup and drops forbidden control characters", () => {
    expect(escapeXml(`a<b>&'"`)).toBe("a&lt;b&gt;&amp;&apos;&quot;");
    expect(escapeXml("x\u0000\u0008\u000B\u000C\u000E\u001F\u007Fy")).toBe("xy");
    expect(escapeXml("tab\tlf\ncr\r")).toBe("tab\tlf\ncr\r");
  });

  it("returns the very string when nothing needs escaping", () => {
    const s = "Số đảng viên 2021";
    expect(escapeXml(s)).toBe(s);
  });

  it("matches ExcelJS's xmlEncode on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(escapeXml(s)).toBe(xmlEncode(s));
      }),
      { numRuns: 2000 },
    );
  });
});
