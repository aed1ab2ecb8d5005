import { samplePart } from "./partsOf.testutil";
import { readSharedStrings } from "./readSharedStrings";

describe("readSharedStrings", () => {
  it("lists a real file's strings, plus SheetJS's empty item after the last", () => {
    const xml = samplePart("xl/sharedStrings.xml");
    const strings = readSharedStrings(xml);
    const count = Number(/uniqueCount="(\d+)"/.exec(xml)![1]);
    expect(strings).toHaveLength(count + 1);
    expect(strings?.[0]).toBe("THÔNG TIN ĐƠN VỊ BÁO CÁO");
    expect(strings?.[count]).toBe("");
  });

  it("allows whitespace between items and rich items", () => {
    expect(
      readSharedStrings(
        "<sst>\n  <si><t>a</t></si>\n  <si><r><t>b</t></r><r><t>c</t></r></si>\n</sst>",
      ),
    ).toEqual(["a", "bc", ""]);
  });

  it("declines items SheetJS splits otherwise", () => {
    expect(readSharedStrings("<sst><x:si><t>a</t></x:si></sst>")).toBeUndefined();
    expect(readSharedStrings('<sst><si a="1"><t>a</t></si></sst>')).toBeUndefined();
    expect(readSharedStrings("<sst><si><t>a</t><si><t>b</t></si></sst>")).toBeUndefined();
  });

  it("a part without <sst> has no strings", () => {
    expect(readSharedStrings("<other/>")).toEqual([]);
  });
});
