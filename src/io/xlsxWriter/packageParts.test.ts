import { contentTypesPart } from "./contentTypesPart";
import { appPart, corePart } from "./docPropsParts";
import { rootRelsPart, workbookRelsPart } from "./relationshipsPart";
import { workbookPart } from "./workbookPart";
import type { WorkbookPlan } from "../../shared/model";

describe("package parts", () => {
  it("lists the sheets, with shared strings only when there are some", () => {
    const types = contentTypesPart(2, false);
    expect(types.match(/worksheets\/sheet\d\.xml/g)).toEqual([
      "worksheets/sheet1.xml",
      "worksheets/sheet2.xml",
    ]);
    expect(types).not.toContain("sharedStrings");
    expect(contentTypesPart(1, true)).toContain('PartName="/xl/sharedStrings.xml"');
  });

  it("numbers the workbook's relationships styles, theme, strings, then sheets", () => {
    const ids = (xml: string) =>
      [...xml.matchAll(/Id="(rId\d+)"[^>]*Target="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(ids(workbookRelsPart(2, true))).toEqual([
      "rId1 styles.xml",
      "rId2 theme/theme1.xml",
      "rId3 sharedStrings.xml",
      "rId4 worksheets/sheet1.xml",
      "rId5 worksheets/sheet2.xml",
    ]);
    expect(ids(rootRelsPart())).toEqual([
      "rId1 xl/workbook.xml",
      "rId2 docProps/core.xml",
      "rId3 docProps/app.xml",
    ]);
  });

  it("writes sheets with their state and relationship, and the recalculation request", () => {
    const plan = {
      sheets: [{ state: "visible" }, { state: "veryHidden" }],
      names: [],
    } as unknown as WorkbookPlan;
    const xml = workbookPart(plan, ["Biểu 1", "_PhuLuc"], false);
    expect(xml).toContain(
      '<sheets><sheet sheetId="1" name="Biểu 1" state="visible" r:id="rId3"/><sheet sheetId="2" name="_PhuLuc" state="veryHidden" r:id="rId4"/></sheets>',
    );
    expect(xml).toContain('<calcPr calcId="171027" fullCalcOnLoad="1"/>');
  });

  it("writes the document properties with the fixed time, to the second", () => {
    const core = corePart({ title: "A & B", creator: "", created: "2021-01-01T08:30:00.250Z" });
    expect(core).toContain("<dc:creator>Unknown</dc:creator><dc:title>A &amp; B</dc:title>");
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2021-01-01T08:30:00Z</dcterms:created>',
    );
    const app = appPart(["Biểu <1>"]);
    expect(app).toContain("<vt:i4>1</vt:i4>");
    expect(app).toContain("<vt:lpstr>Biểu &lt;1&gt;</vt:lpstr>");
  });
});
