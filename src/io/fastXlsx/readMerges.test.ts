import { readMerges } from "./readMerges";

describe("readMerges", () => {
  it("lists merges in file order, a single cell as a 1×1 range", () => {
    expect(
      readMerges(
        '<mergeCells count="3"><mergeCell ref="C6:D7"/><mergeCell ref="A1:B1"/><x:mergeCell ref="E5" /></mergeCells>',
      ),
    ).toEqual(["C6:D7", "A1:B1", "E5:E5"]);
  });

  it("reads ref wherever it stands among the attributes (SheetJS only sees it first)", () => {
    expect(
      readMerges(
        '<mergeCell xr:uid="{1}" ref="A1:B1"/><mergeCell  ref="A2:B2"/><mergeCell xr:ref="C1:D1"/>',
      ),
    ).toEqual(["A1:B1", "A2:B2"]);
  });

  it("keeps reversed corners as written", () => {
    expect(readMerges('<mergeCell ref="B2:A1"/>')).toEqual(["B2:A1"]);
  });
});
