import { columnWidthPt, printLayout, PRINTABLE_WIDTH_PT } from "./printLayout";

describe("printLayout", () => {
  it("prints a narrow sheet portrait at full size, a wider one landscape", () => {
    const narrow = printLayout({ widths: [6, 45, 20], lastRow: 10, lastCol: 2 });
    expect(narrow).toMatchObject({ landscape: false, fitToWidth: false, area: "A1:C11" });
    const wide = printLayout({ widths: [6, 40, 10, 12, 12, 12, 12], lastRow: 30, lastCol: 6 });
    expect(wide).toMatchObject({ landscape: true, fitToWidth: false });
  });

  it("shrinks to the page only while an 11 pt note stays at 8 pt or more", () => {
    const chars = Math.floor((PRINTABLE_WIDTH_PT.landscape / 0.8 - 20 * 3.75) / 6 / 20);
    const fit = printLayout({ widths: Array(20).fill(chars), lastRow: 5, lastCol: 19 });
    expect(fit.fitToWidth).toBe(true);
    const scale = PRINTABLE_WIDTH_PT.landscape / (20 * columnWidthPt(chars));
    expect(11 * scale).toBeGreaterThanOrEqual(8);
  });

  it("splits a very wide table at whole groups, repeating the unit columns", () => {
    // 3 unit columns, then 20 groups of 5 columns (an indicator's five years).
    const widths = [5, 10, 28, ...Array(100).fill(9)];
    const groupStarts = Array.from({ length: 20 }, (_, g) => 3 + 5 * g);
    const p = printLayout({
      widths,
      lastRow: 40,
      lastCol: 102,
      repeatRows: { first: 3, last: 4 },
      repeatCols: { first: 0, last: 2 },
      groupStarts,
    });
    expect(p).toMatchObject({
      landscape: true,
      fitToWidth: false,
      repeatCols: { first: 0, last: 2 },
    });
    expect(p.colBreaks!.length).toBeGreaterThan(3);
    for (const b of p.colBreaks!) expect(groupStarts).toContain(b);
    // Every page (repeated columns + its groups) fits the printable width.
    const edges = [3, ...p.colBreaks!, 103];
    for (let i = 0; i + 1 < edges.length; i++) {
      let w = [5, 10, 28].reduce((s, c) => s + columnWidthPt(c), 0);
      for (let c = edges[i]; c < edges[i + 1]; c++) w += columnWidthPt(widths[c]);
      expect(w).toBeLessThanOrEqual(PRINTABLE_WIDTH_PT.landscape);
    }
  });
});
