import { stringItemText } from "./stringItemText";

describe("stringItemText", () => {
  it("reads plain text, keeping spaces and unescaping", () => {
    expect(stringItemText("<t>Mã</t>")).toBe("Mã");
    expect(stringItemText('<t xml:space="preserve"> a &amp; b\r\n</t>')).toBe(" a & b\n");
    expect(stringItemText("")).toBe("");
  });

  it("joins rich-text runs and leaves phonetic runs out", () => {
    expect(
      stringItemText(
        '<r><t>Đạt </t></r><r><rPr><b/></rPr><t xml:space="preserve">100%</t></r><rPh sb="0" eb="1"><t>ふ</t></rPh>',
      ),
    ).toBe("Đạt 100%");
  });

  it("takes the first <t> only when the item starts with one, as SheetJS does", () => {
    expect(stringItemText("<t>a</t><rPh><t>b</t></rPh>")).toBe("a");
    expect(stringItemText("<phoneticPr/>")).toBe("");
  });

  it("declines forms whose text could differ", () => {
    for (const item of [
      "<t/>",
      "<x:t>a</x:t>",
      "\u00a0<t>a</t>",
      "<r><t>a</t></r><rPh><t>b</t>",
      "<t>a<b/></t>",
    ])
      expect(stringItemText(item)).toBeUndefined();
  });
});
