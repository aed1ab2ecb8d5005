import * as XLSX from "@e965/xlsx";
import { readWorkbook } from "../../src/io/readWorkbook";
import { writePlan } from "../../src/io/writePlan";
import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import { LIST_SHEET_NAME } from "../../src/shared/model";
import { buildTemplatePlan } from "../../src/shared/plan/buildTemplatePlan";
import { withListSources } from "../../src/shared/plan/withListSources";
import { renderPlan } from "../../src/taskpane/host/renderPlan";
import { listAllows, listChoices } from "../../src/taskpane/preview/emulator/dataValidation";
import { ExcelEmulation } from "../../src/taskpane/preview/emulator/excelEmulation";
import { EmuWorkbook } from "../../src/taskpane/preview/emulator/workbookModel";
import { zipPart } from "./helpers";

/**
 * Choices holding a comma ("Văn hóa giao tiếp, ứng xử") stay whole in the template's drop-down
 * lists, in the .xlsx file and in the workbook the add-in writes: the lists come from cells of a
 * very hidden sheet, not from an inline comma-separated list that Excel would split.
 */
const plan = withListSources(buildTemplatePlan(embeddedCampaign));
const COMMA = "Văn hóa giao tiếp, ứng xử";

/** The list validation holding the comma choice: its sheet and range. */
function commaValidation() {
  for (const sheet of plan.sheets)
    for (const v of sheet.validations)
      if (v.kind === "list" && v.list?.includes(COMMA)) return { sheet, v };
  throw new Error("the embedded outline has no choice with a comma");
}

describe("list validations keep comma-containing choices whole", () => {
  it("the written template's list points at cells that hold each choice (our reader, SheetJS, the XML)", async () => {
    const bytes = await writePlan(buildTemplatePlan(embeddedCampaign));
    const { sheet, v } = commaValidation();
    const index = plan.sheets.indexOf(sheet) + 1;
    const xml = zipPart(bytes, `xl/worksheets/sheet${index}.xml`);
    const rule = new RegExp(
      `<dataValidation type="list"[^>]*sqref="${v.range}"[^>]*><formula1>([^<]*)</formula1>`,
    ).exec(xml);
    const formula1 = rule?.[1].replace(/&apos;/g, "'");
    expect(formula1).toBe(v.source);
    expect(formula1).toMatch(/^'_PhuLucDanhSach'!\$[A-Z]+\$1:\$[A-Z]+\$\d+$/);
    const [, colLetter, last] = /!\$([A-Z]+)\$1:\$[A-Z]+\$(\d+)$/.exec(formula1!)!;
    const col = colLetter.charCodeAt(0) - 65;
    const column = (rows: unknown[][]) =>
      rows.slice(0, Number(last)).map((r) => (r as unknown[])[col]);

    const ours = readWorkbook(bytes, "mau.xlsx").sheets;
    const listGrid = ours.find((g) => g.name === LIST_SHEET_NAME)!;
    expect(listGrid.state).toBe("veryHidden");
    expect(column(listGrid.rows)).toEqual(v.list);

    const wb = XLSX.read(bytes, { type: "array" });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[LIST_SHEET_NAME], { header: 1 });
    expect(column(rows)).toEqual(v.list);
    expect(column(rows)).toContain(COMMA);
  });

  it("the add-in's list (Office.js) accepts the comma choice in emulated Excel", async () => {
    const emu = new ExcelEmulation(new EmuWorkbook(["Sheet1"])).install();
    await renderPlan(buildTemplatePlan(embeddedCampaign), { confirmReplace: async () => true });
    const { sheet, v } = commaValidation();
    const ws = emu.workbook.sheet(sheet.name)!;
    expect(ws.validations.find((x) => x.range === v.range)!.rule).toEqual({
      list: { inCellDropDown: true, source: `=${v.source}` },
    });
    const first = v.range.split(":")[0];
    for (const choice of v.list!) expect(listAllows(emu.workbook, ws, first, choice)).toBe(true);
    expect(listAllows(emu.workbook, ws, first, "Văn hóa giao tiếp")).toBe(false);
  });
});

describe("the emulation reads inline lists as Excel does", () => {
  const book = new EmuWorkbook(["Sheet1"]);
  it("splits at every comma, so an inline comma choice is lost", () => {
    expect(listChoices(book, `${COMMA},Khác`)).toEqual(["Văn hóa giao tiếp", "ứng xử", "Khác"]);
  });
  it("refuses an inline list over 255 characters", () => {
    expect(() => listChoices(book, "x".repeat(256))).toThrow(/255/);
    expect(listChoices(book, "x".repeat(255))).toHaveLength(1);
  });
});
