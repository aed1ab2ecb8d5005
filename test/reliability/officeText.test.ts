import { startsLikeFormula } from "../../src/shared/text/startsLikeFormula";
import { runConsolidation } from "../../src/shared/pipeline/runConsolidation";
import { renderPlan } from "../../src/taskpane/host/renderPlan";
import { ExcelEmulation } from "../../src/taskpane/preview/emulator/excelEmulation";
import { EmuWorkbook } from "../../src/taskpane/preview/emulator/workbookModel";
import { corpusCampaigns } from "../corpus/campaigns";
import { corpus } from "../corpus/expected";
import { SERIAL } from "../corpus/unitValues";
import { runCorpusCase } from "./runCorpusCase";

/**
 * The Office.js side of "text never becomes a formula": the consolidated appendix of the whole
 * corpus is rendered by the task pane's adapter into the Excel emulation, which turns strings
 * written through Range.values into formulas exactly as Excel does (=, +, -, @).
 */
describe("the task pane writes the corpus's formula-like text as text", () => {
  it("every plan string starting with =, +, -, @ lands as that text, with no formula", async () => {
    const workbooks = corpus
      .filter((c) => !c.campaign && !("error" in c.expect))
      .flatMap((c) => runCorpusCase(c).workbooks);
    expect(workbooks.length).toBeGreaterThan(25);
    const run = runConsolidation({
      campaign: corpusCampaigns.embedded,
      workbooks,
      asOf: SERIAL.asOf,
    });
    const emu = new ExcelEmulation(new EmuWorkbook(["Sheet1"])).install();
    await renderPlan(run.plan, { confirmReplace: async () => true });

    const risky: Array<{ sheet: string; row: number; col: number; text: string }> = [];
    for (const sheet of run.plan.sheets) {
      for (const block of sheet.blocks) {
        block.cells.forEach((cells, i) =>
          cells.forEach((cell, j) => {
            if (cell.f === undefined && typeof cell.v === "string" && startsLikeFormula(cell.v))
              risky.push({
                sheet: sheet.name,
                row: block.row + i,
                col: block.col + j,
                text: cell.v,
              });
          }),
        );
      }
    }
    const texts = new Set(risky.map((r) => r.text));
    for (const t of [
      '=HYPERLINK("http://example.invalid","Bấm vào đây")',
      "-Trưởng phòng-",
      "@Đoàn Thanh niên: 3 năm liền xuất sắc",
    ])
      expect(texts).toContain(t);
    for (const r of risky) {
      const cell = emu.workbook.sheet(r.sheet)?.cell(r.row, r.col);
      expect({ ...r, formula: cell?.formula, value: cell?.value }).toEqual({
        ...r,
        formula: undefined,
        value: r.text,
      });
    }
  });
});
