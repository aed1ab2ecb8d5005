import { a1 } from "../../src/shared/a1/a1";
import { META_SHEET_NAME } from "../../src/shared/model";
import { readMetaSheet } from "../../src/shared/template/meta";
import { planToGrids } from "../../src/shared/plan/planToGrids";
import { CancelledError } from "../../src/taskpane/host/hostError";
import { readSheets } from "../../src/taskpane/host/readSheets";
import { renderPlan } from "../../src/taskpane/host/renderPlan";
import { selectCell } from "../../src/taskpane/host/selectCell";
import { ExcelEmulation } from "../../src/taskpane/preview/emulator/excelEmulation";
import { EmuWorkbook } from "../../src/taskpane/preview/emulator/workbookModel";
import { FIRST_UNIT_ROW, TABLE, unitTablePlan, valueOf } from "./samplePlans";

const FOUR_MB = 4 * 1024 * 1024;
const yes = async () => true;

function install(
  options: ConstructorParameters<typeof ExcelEmulation>[1] = {},
  sheets = ["Sheet1"],
) {
  const emu = new ExcelEmulation(new EmuWorkbook(sheets), options).install();
  return { emu, book: emu.workbook };
}

function sumColumn(units: number, c: number) {
  let s = 0;
  for (let u = 0; u < units; u++) s += valueOf(u, c);
  return s;
}

describe("renderPlan against the emulated Excel", () => {
  it("leaves no formula uncalculated after suspending calculation, and recalculates once", async () => {
    const { emu, book } = install();
    await renderPlan(unitTablePlan(4), { confirmReplace: yes });
    // Without the recalculation the emulation shows formulas entered while suspended as 0.
    expect(book.value(TABLE, FIRST_UNIT_ROW + 4, 3)).toBe(sumColumn(4, 0));
    expect(emu.stats.calculations).toEqual(["Recalculate"]);
  });

  it("writes every sheet with values, live totals, formats, merges, widths, freeze, validation, protection", async () => {
    const { emu, book } = install();
    const stats = await renderPlan(unitTablePlan(12), { confirmReplace: yes });
    expect(stats).toMatchObject({ cancelled: false, sheets: 3, replaced: [] });
    expect(book.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Sheet1", "Visible"],
      [TABLE, "Visible"],
      ["Phát hiện", "Visible"],
      [META_SHEET_NAME, "VeryHidden"],
    ]);
    const total = FIRST_UNIT_ROW + 12;
    for (let c = 0; c < 8; c++) expect(book.value(TABLE, total, 3 + c)).toBe(sumColumn(12, c));
    const cq = Array.from({ length: 12 }, (_, u) => u).filter((u) => u % 3 !== 0);
    expect(book.value(TABLE, total + 1, 3)).toBe(cq.reduce((s, u) => s + valueOf(u, 0), 0));
    expect(book.value("Phát hiện", 0, 3)).toBe(sumColumn(12, 0));
    const ws = book.sheet(TABLE)!;
    expect(ws.merges).toEqual(["A1:K1", `A${total + 1}:C${total + 1}`]);
    expect(ws.freeze).toEqual({ rows: 3, cols: 2 });
    expect(ws.protected).toBe(true);
    expect(ws.tabColor).toBe("#70AD47");
    expect(ws.columnWidths.get(1)).toBe(213.75);
    expect(ws.cell(2, 0)!.format).toMatchObject({
      bold: true,
      fill: "#D9E1F2",
      border: "thin",
      horizontal: "Center",
    });
    expect(ws.cell(FIRST_UNIT_ROW, 3)!.numberFormat).toBe("#,##0");
    expect(ws.validations).toEqual([
      expect.objectContaining({
        range: `D4:K15`,
        rule: { wholeNumber: { formula1: 0, formula2: 1e15, operator: "Between" } },
      }),
    ]);
    expect(book.names.get("TongHop")).toBe(`='${TABLE}'!$A$1:$B$2`);
    expect(stats.syncs).toBe(emu.stats.syncs);
    // The load, the writes, then the recalculation that suspended calculation leaves to us.
    expect(emu.stats.syncs).toBe(3);
    expect(emu.stats.calculations).toEqual(["Recalculate"]);
  });

  it("writes text that looks like a formula, number or date as the same text (no injection)", async () => {
    const { book } = install();
    const plan = unitTablePlan(3);
    await renderPlan(plan, { confirmReplace: yes });
    const expected = planToGrids(plan).find((g) => g.name === "Phát hiện")!;
    const [grid] = await readSheets(["Phát hiện"]);
    for (let r = 0; r < expected.rows.length; r++)
      expect(grid.rows[r].slice(0, 2)).toEqual(expected.rows[r].slice(0, 2));
    expect(Object.keys(grid.formulas!)).toEqual(["D1"]);
    expect(book.sheet("Phát hiện")!.cell(0, 1)!.formula).toBeUndefined();
    expect(book.sheet(TABLE)!.cell(FIRST_UNIT_ROW, 0)!.value).toBe("1.10");
  });

  it("takes as many syncs for 1,000 units as for 10, each request under 4 MB", async () => {
    const counts: number[] = [];
    for (const units of [10, 1000]) {
      const { emu, book } = install();
      const stats = await renderPlan(unitTablePlan(units), { confirmReplace: yes });
      counts.push(emu.stats.syncs);
      expect(Math.max(...emu.stats.perSync.map((s) => s.requestBytes))).toBeLessThan(FOUR_MB);
      expect(book.value(TABLE, FIRST_UNIT_ROW + units, 10)).toBe(sumColumn(units, 7));
      expect(stats.cells).toBeGreaterThan(units * 11);
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it("splits a plan too large for one request into syncs that each stay under 4 MB", async () => {
    const { emu, book } = install();
    const units = 20000;
    const stats = await renderPlan(unitTablePlan(units, 30), { confirmReplace: yes });
    expect(stats.batchBytes.length).toBeGreaterThan(1);
    expect(emu.stats.syncs).toBe(1 + stats.batchBytes.length + 1);
    // Screen updating suspended once for the whole render, not once per batch (flicker).
    expect(emu.stats.screenUpdatingSuspensions).toBe(1);
    for (const s of emu.stats.perSync) expect(s.requestBytes).toBeLessThan(FOUR_MB);
    expect(book.value(TABLE, FIRST_UNIT_ROW + units, 3 + 29)).toBe(sumColumn(units, 29));
    expect(emu.stats.syncs).toBeLessThanOrEqual(10);
  });

  it("never touches a user sheet: a name clash stops before any write", async () => {
    const { emu, book } = install({}, ["Sheet1", TABLE]);
    const cell = book.sheet(TABLE)!.touch(0, 0);
    cell.value = "dữ liệu của người dùng";
    await expect(renderPlan(unitTablePlan(3), { confirmReplace: yes })).rejects.toMatchObject({
      key: "errSheetClash",
      params: { names: `“${TABLE}”` },
    });
    expect(emu.stats.syncs).toBe(1);
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", TABLE]);
    expect(book.value(TABLE, 0, 0)).toBe("dữ liệu của người dùng");
  });

  it("asks before replacing its own sheets, keeps them when refused, replaces them when confirmed", async () => {
    const { book } = install();
    await renderPlan(unitTablePlan(3), { confirmReplace: yes });
    book.sheet("Sheet1")!.touch(4, 4).value = 42;
    const asked: string[][] = [];
    const refused = await renderPlan(unitTablePlan(5), {
      confirmReplace: async (names) => (asked.push(names), false),
    });
    expect(refused.cancelled).toBe(true);
    expect(asked).toEqual([[TABLE, "Phát hiện"]]);
    expect(book.value(TABLE, FIRST_UNIT_ROW + 3, 3)).toBe(sumColumn(3, 0));

    const done = await renderPlan(unitTablePlan(5), { confirmReplace: yes });
    expect(done.replaced).toEqual([TABLE, "Phát hiện"]);
    expect(book.value(TABLE, FIRST_UNIT_ROW + 5, 3)).toBe(sumColumn(5, 0));
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", TABLE, "Phát hiện", META_SHEET_NAME]);
    expect(book.value("Sheet1", 4, 4)).toBe(42);
    const [meta] = await readSheets([META_SHEET_NAME]);
    expect(readMetaSheet(meta).ownedSheets).toEqual([TABLE, "Phát hiện"]);
  });

  it("puts the workbook back when cancelled between syncs", async () => {
    const { book } = install();
    await renderPlan(unitTablePlan(3), { confirmReplace: yes });
    const before = book.sheets.map((s) => s.name);
    const controller = new AbortController();
    await expect(
      renderPlan(unitTablePlan(400), {
        confirmReplace: yes,
        maxSyncBytes: 20_000,
        signal: controller.signal,
        onProgress: (done) => done === 2 && controller.abort(),
      }),
    ).rejects.toBeInstanceOf(CancelledError);
    expect(book.sheets.map((s) => s.name)).toEqual(before);
    expect(book.value(TABLE, FIRST_UNIT_ROW + 3, 3)).toBe(sumColumn(3, 0));
  });

  it("puts the workbook back and explains when Excel refuses a write", async () => {
    const { book } = install();
    const plan = { ...unitTablePlan(3), names: [{ name: "A1", ref: `'${TABLE}'!$A$1` }] };
    await expect(renderPlan(plan, { confirmReplace: yes })).rejects.toMatchObject({
      key: "errExcel",
    });
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("works without range areas (ExcelApi 1.8) and refuses below ExcelApi 1.7", async () => {
    const { book } = install({ supported: { ExcelApi: "1.8" } });
    await renderPlan(unitTablePlan(3), { confirmReplace: yes });
    expect(book.sheet(TABLE)!.cell(2, 1)!.format.fill).toBe("#D9E1F2");
    for (const version of ["1.3", "1.6"]) {
      install({ supported: { ExcelApi: version } });
      await expect(renderPlan(unitTablePlan(3), { confirmReplace: yes })).rejects.toMatchObject({
        key: "noExcelApi",
      });
    }
  });

  it("uses at each ExcelApi version only members of that version (emulation refuses others)", async () => {
    // NamedItem.formula is ExcelApi 1.7; the emulation answers ApiNotFound below it.
    for (const version of ["1.7", "1.8", "1.9", "1.12", "1.13"]) {
      const { book } = install({ supported: { ExcelApi: version } });
      await renderPlan(unitTablePlan(3), { confirmReplace: yes });
      expect(book.value(TABLE, FIRST_UNIT_ROW + 3, 3)).toBe(sumColumn(3, 0));
      const grids = await readSheets([TABLE]);
      expect(grids[0].rows[FIRST_UNIT_ROW + 3][3]).toBe(sumColumn(3, 0));
    }
  });
});

describe("readSheets and selectCell against the emulated Excel", () => {
  it("reads values, formulas, dates, merges and visibility in rounds across sheets", async () => {
    const { emu, book } = install();
    await renderPlan(unitTablePlan(50), { confirmReplace: yes });
    const s = book.sheet("Sheet1")!;
    const d = s.touch(1, 1);
    d.value = 44321;
    d.numberFormat = "dd/mm/yyyy";
    s.touch(2, 1).value = "#N/A";
    emu.resetStats();
    const grids = await readSheets(undefined, { cellsPerSync: 200 });
    expect(grids.map((g) => [g.name, g.state])).toEqual([
      ["Sheet1", "visible"],
      [TABLE, "visible"],
      ["Phát hiện", "visible"],
      [META_SHEET_NAME, "veryHidden"],
    ]);
    expect(grids[0].rows[1][1]).toEqual({ kind: "date", serial: 44321 });
    expect(grids[0].rows[2][1]).toEqual({ kind: "error", code: "#N/A" });
    const table = grids[1];
    expect(table.rows[FIRST_UNIT_ROW + 50][3]).toBe(sumColumn(50, 0));
    expect(table.formulas![a1(FIRST_UNIT_ROW + 50, 3)]).toMatch(
      /^IF\(COUNT\(D4:D53\)=0,"",SUBTOTAL\(9,D4:D53\)\)$/,
    );
    expect(table.merges).toEqual(["A1:K1", "A54:C54"]);
    const cells = (54 + 2) * 11 + 10 * 4 + 2 * 2 + 15 * 2; // rough upper bound of used cells
    expect(emu.stats.syncs).toBeLessThanOrEqual(2 + Math.ceil(cells / 200) + grids.length);
    expect(emu.stats.syncs).toBeGreaterThan(2);
    await expect(readSheets(["Không có"])).rejects.toMatchObject({ key: "errSheetNotFound" });
  });

  it("selects a finding's cell, or says the sheet is not in the workbook", async () => {
    const { book } = install();
    await renderPlan(unitTablePlan(3), { confirmReplace: yes });
    await selectCell(TABLE, "E5");
    expect(book.selection).toEqual({ sheet: TABLE, address: "E5" });
    expect(book.activeSheet).toBe(TABLE);
    await expect(selectCell("B9", "A1")).rejects.toMatchObject({ key: "errSheetNotFound" });
    // A hidden sheet cannot be activated: the pane explains instead of failing (point 11).
    book.sheet(TABLE)!.visibility = "Hidden";
    await expect(selectCell(TABLE, "E5")).rejects.toMatchObject({
      key: "errSheetHidden",
      params: { sheet: TABLE },
    });
  });
});

describe("Excel's documented limits, as the emulation enforces them", () => {
  it("reads merges of a sheet with more than 512 merged areas, block by block", async () => {
    const { emu, book } = install({}, ["Sheet1", "Nhiều ô gộp"]);
    const s = book.sheet("Nhiều ô gộp")!;
    for (let r = 0; r < 600; r++) {
      s.touch(r, 0).value = `Dòng ${r + 1}`;
      s.merges.push(`A${r + 1}:B${r + 1}`);
    }
    book.sheet("Sheet1")!.touch(0, 0).value = 1;
    await expect(
      emu.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Nhiều ô gộp");
        ws.getRange("A1:B600").getMergedAreasOrNullObject().load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    const grids = await readSheets();
    expect(grids[1].merges).toHaveLength(600);
    expect(grids[1].merges![599]).toBe("A600:B600");
    expect(grids[1].rows[599][0]).toBe("Dòng 600");
  });

  it("never calls a member on a possibly-null object (an empty sheet has no used range)", async () => {
    const { emu } = install({}, ["Sheet1", "Trống"]);
    await expect(
      emu.Excel.run(async (context) => {
        const used = context.workbook.worksheets.getItem("Trống").getUsedRangeOrNullObject(false);
        used.getMergedAreasOrNullObject().load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidObjectPath" });
    const grids = await readSheets();
    expect(grids.map((g) => [g.name, g.rows.length, g.merges])).toEqual([
      ["Sheet1", 0, []],
      ["Trống", 0, []],
    ]);
  });

  it("reads a text-heavy sheet whose response would pass 5 MB, in smaller rounds", async () => {
    const { emu, book } = install({}, ["Ý kiến"]);
    const s = book.sheet("Ý kiến")!;
    // 40,000 cells of Vietnamese text: ≈ 4 MB of values and as much of formulas per 100,000-cell round.
    const text =
      "Đề nghị tiếp tục quán triệt, triển khai văn hóa công sở ở các chi bộ trực thuộc. ";
    for (let r = 0; r < 4000; r++)
      for (let c = 0; c < 10; c++) s.touch(r, c).value = `${r}:${text}`;
    emu.resetStats();
    const [grid] = await readSheets();
    expect(grid.rows[3999][9]).toBe(`3999:${text}`);
    const limit = 5 * 1024 * 1024;
    const ok = emu.stats.perSync.filter((x) => x.responseBytes <= limit);
    expect(ok.length).toBeGreaterThan(2);
    expect(emu.stats.perSync.some((x) => x.responseBytes > limit)).toBe(true); // refused, then halved
  });
});

describe("re-rendering the add-in's sheets", () => {
  it("updates them in place: a user's formula pointing at them keeps working", async () => {
    const { book } = install();
    await renderPlan(unitTablePlan(3), { confirmReplace: yes });
    const total = `D${FIRST_UNIT_ROW + 3 + 1}`;
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [
        [`='${TABLE}'!${total}`],
      ];
      await context.sync();
    });
    expect(book.value("Sheet1", 0, 0)).toBe(sumColumn(3, 0));
    await renderPlan(unitTablePlan(3), { confirmReplace: yes });
    expect(book.sheet("Sheet1")!.cell(0, 0)!.formula).toBe(`='${TABLE}'!${total}`);
    expect(book.value("Sheet1", 0, 0)).toBe(sumColumn(3, 0));
  });

  it("the emulation turns a formula into #REF! when its sheet is deleted, and follows a rename", async () => {
    const { book } = install({}, ["Sheet1", "Nguồn"]);
    book.sheet("Nguồn")!.touch(0, 0).value = 7;
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").formulas = [
        ["='Nguồn'!A1*2", "=Nguồn!A1+1"],
      ];
      context.workbook.worksheets.getItem("Nguồn").name = "Nguồn cũ";
      await context.sync();
    });
    expect(book.sheet("Sheet1")!.cell(0, 0)!.formula).toBe("='Nguồn cũ'!A1*2");
    expect(book.value("Sheet1", 0, 1)).toBe(8);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Nguồn cũ").delete();
      await context.sync();
    });
    expect(book.value("Sheet1", 0, 0)).toEqual({ error: "#REF!" });
  });

  it("checks workbook structure protection first and says so in Vietnamese", async () => {
    const { book } = install();
    book.structureProtected = true;
    await expect(renderPlan(unitTablePlan(3), { confirmReplace: yes })).rejects.toMatchObject({
      key: "errWorkbookProtected",
    });
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});
