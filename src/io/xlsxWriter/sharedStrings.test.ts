import fc from "fast-check";
import { SharedStringsXform } from "./exceljsInternals.testutil";
import { createSharedStrings, sharedStringsPart } from "./sharedStrings";

describe("sharedStrings", () => {
  it("numbers texts in order of first use and counts every reference", () => {
    const t = createSharedStrings();
    expect(["Có", "Không", "Có", "Có"].map((s) => t.add(s))).toEqual([0, 1, 0, 0]);
    expect(t.values).toEqual(["Có", "Không"]);
    expect(t.count).toBe(4);
  });

  it("keeps white space at the ends and line breaks, escapes markup", () => {
    const t = createSharedStrings();
    [" a", "b ", "c\nd", "e&<f>", "=1+1"].forEach((s) => t.add(s));
    expect(sharedStringsPart(t)).toContain(
      '<si><t xml:space="preserve"> a</t></si><si><t xml:space="preserve">b </t></si>' +
        '<si><t xml:space="preserve">c\nd</t></si><si><t>e&amp;&lt;f&gt;</t></si><si><t>=1+1</t></si>',
    );
  });

  it("writes the part ExcelJS writes for the same texts", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" }), { minLength: 1 }), (texts) => {
        const ours = createSharedStrings();
        const theirs = new SharedStringsXform();
        for (const s of texts) expect(ours.add(s)).toBe(theirs.add(s));
        expect(sharedStringsPart(ours)).toBe(theirs.xml);
      }),
    );
  });
});
