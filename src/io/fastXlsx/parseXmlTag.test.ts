import { parseXmlTag, tagName, XML_TAG } from "./parseXmlTag";

describe("parseXmlTag", () => {
  it("reads the name and raw attribute values, in either quotes", () => {
    const y = parseXmlTag(`<sheet name="B1 &amp; co" sheetId='2' state="hidden"/>`);
    expect(y[0]).toBe("<sheet");
    expect(y).toMatchObject({ name: "B1 &amp; co", sheetId: "2", state: "hidden" });
  });

  it("drops namespace prefixes, keeps xmlns prefixes apart and lower-cases copies", () => {
    const y = parseXmlTag('<x:sheet r:id="rId3" xmlns:r="urn:r" numFmtId="14"/>');
    expect(y.id).toBe("rId3");
    expect(y.xmlnsr).toBe("urn:r");
    expect(y.numfmtid).toBe("14");
    expect(tagName(y)).toBe("<sheet");
  });

  it("cuts attribute names at an underscore, as for ODS", () => {
    expect(parseXmlTag('<c r_x="A1"/>').r).toBe("A1");
  });

  it("a name alone has no attributes", () => {
    expect(parseXmlTag("<sheets>")).toEqual({ 0: "<sheets>" });
  });

  it("XML_TAG finds tags with '>' inside quoted values", () => {
    expect('<a b=">"/><c>'.match(XML_TAG)).toEqual(['<a b=">"/>', "<c>"]);
  });
});
