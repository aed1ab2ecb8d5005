import type { PlanSheet } from "../../shared/model";
import { createSharedStrings } from "./sharedStrings";
import { planSheet } from "./planFixtures.testutil";
import { createStyleRegistry } from "./styleRegistry";
import { worksheetPart } from "./worksheetPart";

const part = (over: Partial<PlanSheet>) =>
  new TextDecoder().decode(
    worksheetPart(planSheet(over), createStyleRegistry({}), createSharedStrings()),
  );

describe("worksheetPart", () => {
  it("writes tab colour, fit-to-width printing and a frozen header as ExcelJS does", () => {
    const xml = part({
      tabColor: "c00000",
      print: { landscape: true, fitToWidth: true },
      freeze: { rows: 4, cols: 3 },
      protect: true,
    });
    expect(xml).toContain(
      '<sheetPr><tabColor rgb="FFC00000"/><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:A1"/>' +
        '<sheetViews><sheetView workbookViewId="0"><pane xSplit="3" ySplit="4" topLeftCell="D5" activePane="bottomRight" state="frozen"/>' +
        '<selection pane="bottomRight"/></sheetView></sheetViews>',
    );
    expect(xml).toContain(
      '<sheetData/><sheetProtection sheet="1" formatColumns="0" formatRows="0"/>',
    );
    expect(xml).toMatch(
      /<pageSetup paperSize="9" orientation="landscape" [^>]* fitToWidth="1" fitToHeight="0" blackAndWhite="1"\/>/,
    );
  });

  it("prints on A4 with the official margins, the page number on top and breaks between groups", () => {
    const xml = part({
      print: {
        landscape: true,
        fitToWidth: false,
        area: "A1:Z40",
        repeatRows: { first: 6, last: 7 },
        repeatCols: { first: 0, last: 1 },
        colBreaks: [12, 22],
      },
    });
    // ECMA-376 Part 1, 18.3.1.99: printOptions, pageMargins, pageSetup, headerFooter, rowBreaks, colBreaks.
    expect(xml).toMatch(
      /<printOptions horizontalCentered="1"\/><pageMargins [^>]*\/><pageSetup [^>]*\/><headerFooter>.*<\/headerFooter><colBreaks [^>]*>.*<\/colBreaks><\/worksheet>$/,
    );
    // 30 mm left, 15 mm right, 20 mm top and bottom (Hướng dẫn 36-HD/VPTW, Nghị định 30/2020).
    expect(xml).toContain('<pageMargins left="1.1811" right="0.5906" top="0.7874" bottom="0.7874"');
    expect(xml).toContain(
      "<oddHeader>&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;12&amp;P</oddHeader>",
    );
    expect(xml).toContain(
      '<colBreaks count="2" manualBreakCount="2"><brk id="12" max="1048575" man="1"/><brk id="22" max="1048575" man="1"/></colBreaks>',
    );
  });

  it("condenses equal adjacent widths; default (9) and missing widths end a run", () => {
    const widths = [6, 13, 13, 9, 13, 0, 13];
    widths[9] = 13;
    widths[11] = 13;
    expect(part({ columnWidths: widths })).toContain(
      '<cols><col min="1" max="1" width="6" customWidth="1"/><col min="2" max="3" width="13" customWidth="1"/>' +
        '<col min="5" max="5" width="13" customWidth="1"/><col min="7" max="7" width="13" customWidth="1"/>' +
        '<col min="10" max="10" width="13" customWidth="1"/><col min="12" max="12" width="13" customWidth="1"/></cols>',
    );
  });

  it("writes an unfrozen, unprinted sheet with ExcelJS's defaults", () => {
    const xml = part({});
    expect(xml).toContain('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
    expect(xml).not.toContain("<sheetPr>");
    expect(xml).toContain('<pageSetup orientation="portrait" horizontalDpi="4294967295"');
    expect(xml).not.toContain("<headerFooter>");
  });
});
