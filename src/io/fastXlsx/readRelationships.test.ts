import { samplePart } from "./partsOf.testutil";
import { readRelationships } from "./readRelationships";

describe("readRelationships", () => {
  it("maps Ids to types and unescaped targets", () => {
    const rels = readRelationships(samplePart("xl/_rels/workbook.xml.rels"));
    expect(rels?.get("rId4")).toEqual({
      type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
      target: "worksheets/sheet1.xml",
    });
    expect(
      readRelationships(
        '<Relationships><Relationship Id="r1" Target="a&amp;b.xml"/></Relationships>',
      )?.get("r1"),
    ).toEqual({ type: undefined, target: "a&b.xml" });
  });

  it("declines an internal relationship without target (SheetJS throws there)", () => {
    expect(readRelationships('<Relationship Id="r1" Type="t"/>')).toBeUndefined();
    expect(readRelationships('<Relationship Id="r1" TargetMode="External"/>')?.size).toBe(1);
  });
});
