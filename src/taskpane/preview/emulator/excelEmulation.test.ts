import { ExcelEmulation, REQUEST_LIMIT_BYTES } from "./excelEmulation";
import { EmuWorkbook } from "./workbookModel";

type Ctx = Excel.RequestContext;

function setup(sheets = ["Sheet1"]) {
  const emu = new ExcelEmulation(new EmuWorkbook(sheets));
  const run = <T>(f: (ctx: Ctx) => Promise<T>) => emu.Excel.run(f as never) as Promise<T>;
  return { emu, run, book: emu.workbook };
}

describe("ExcelEmulation: Office.js proxy semantics", () => {
  it("queues writes until sync and refuses to read unloaded properties", async () => {
    const { emu, run, book } = setup();
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[1, "=A1*2"]];
      expect(book.sheet("Sheet1")!.cell(0, 0)).toBeUndefined();
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- reading too early must throw
      expect(() => range.values).toThrow(/not available.*load/);
      range.load("values,address");
      await context.sync();
      expect(range.values).toEqual([[1, 2]]);
      expect(range.address).toBe("Sheet1!A1:B1");
    });
    expect(emu.stats.syncs).toBe(1);
    expect(emu.stats.calls).toBe(4);
  });

  it("gives null objects, ItemNotFound and duplicate-name errors at sync like Excel", async () => {
    const { run } = setup();
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject("Nope");
      ws.load("name");
      await context.sync();
      expect(ws.isNullObject).toBe(true);
    });
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Nope");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(
      run(async (context) => {
        context.workbook.worksheets.add("sheet1");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(
      run(async (context) => {
        context.workbook.worksheets.add("a/b");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses to delete or hide the last visible sheet and to write locked cells of a protected sheet", async () => {
    const { run } = setup();
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("B2").format.protection.locked = false;
      ws.protection.protect();
      ws.getRange("B2").values = [[5]];
      await context.sync();
    });
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("rejects a request over 5 MB and a values matrix of the wrong size", async () => {
    const { run } = setup();
    const big = Array.from({ length: 1000 }, () => [("x" as string).repeat(6000)]);
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A1000").values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(JSON.stringify(big).length).toBeGreaterThan(REQUEST_LIMIT_BYTES);
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("loads collection items, used ranges, merges, names and counts payload bytes", async () => {
    const { emu, run } = setup(["Một", "Hai"]);
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Hai");
      ws.getRange("B2:C3").values = [
        ["Hà", "Nội"],
        [1, 2],
      ];
      ws.getRange("B2:C2").merge();
      context.workbook.names.add("Vung", "='Hai'!$B$2:$C$3");
      await context.sync();
    });
    expect(emu.stats.perSync[0].requestBytes).toBeGreaterThan(
      JSON.stringify([
        ["Hà", "Nội"],
        [1, 2],
      ]).length,
    );
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const used = sheets.getItem("Hai").getUsedRangeOrNullObject(true);
      used.load("address,rowIndex,columnCount");
      const merged = sheets.getItem("Hai").getRange("A1:D4").getMergedAreasOrNullObject();
      merged.load("address");
      const names = context.workbook.names;
      names.load("items/name,items/formula");
      const empty = sheets.getItem("Một").getUsedRangeOrNullObject();
      empty.load("address");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Một", "Hai"]);
      expect(used.address).toBe("Hai!B2:C3");
      expect(used.rowIndex).toBe(1);
      expect(used.columnCount).toBe(2);
      expect(merged.address).toBe("Hai!B2:C2");
      expect(names.items.map((n) => [n.name, n.formula])).toEqual([["Vung", "='Hai'!$B$2:$C$3"]]);
      expect(empty.isNullObject).toBe(true);
    });
  });

  it("installs as the Office and Excel globals with requirement-set answers", () => {
    const target: Record<string, unknown> = {};
    new ExcelEmulation(new EmuWorkbook(), {
      supported: { ExcelApi: "1.8" },
      displayLanguage: "en-US",
    }).install(target);
    const office = target.Office as typeof Office;
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(office.context.displayLanguage).toBe("en-US");
    expect(typeof (target.Excel as typeof Excel).run).toBe("function");
  });
});
