/**
 * The whole flow in real Chromium on the built preview: create the template, load the sample
 * units (and one real .xlsx file whose unit must be chosen by hand), see the findings,
 * consolidate, check the totals the emulated workbook computes against the engine's, see the
 * progress chart, select a finding's cell, and run axe on every step. Screenshots go to
 * test-artifacts/. In CI the test must run: a missing Chromium fails it there.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { readWorkbook } from "../../src/io/readWorkbook";
import { writePlan } from "../../src/io/writePlan";
import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import type { PlanValue, SourceWorkbook } from "../../src/shared/model";
import { buildTemplatePlan } from "../../src/shared/plan/buildTemplatePlan";
import { checkWorkbooks } from "../../src/shared/pipeline/checkWorkbooks";
import { runConsolidation } from "../../src/shared/pipeline/runConsolidation";
import { a1 } from "../../src/shared/a1/a1";
import { generateSampleUnits } from "../../src/shared/samples/generateSampleUnits";
import { expectedUnits } from "../../src/shared/validate/expectedUnits";
import { todaySerial } from "../../src/shared/calendar/todaySerial";
import { defaultAsOf } from "../../src/shared/deadline/defaultAsOf";
import { sampleWorkbooks } from "../../src/taskpane/preview/sampleWorkbooks";
import { ARTIFACTS, describeInChromium, startPreview, type Preview } from "./harness";

const maybe = describeInChromium();

type EmuWindow = {
  phulucEmulation: {
    workbook: {
      sheets: Array<{
        name: string;
        visibility: string;
        cells: Map<number, Map<number, { formula?: string }>>;
      }>;
      selection?: { sheet: string; address: string };
      value(sheet: string, r: number, c: number): unknown;
    };
    stats: { syncs: number; perSync: Array<{ requestBytes: number }> };
  };
};

maybe("preview in Chromium", () => {
  let preview: Preview;
  let page: Page;
  let errors: string[];
  const campaign = embeddedCampaign;
  // The pane's default as-of date: the campaign's end once it is long over.
  const asOf = defaultAsOf(campaign, todaySerial());
  // A unit that sends nothing in the samples: its file is uploaded by hand, without any code.
  const sampled = new Set(generateSampleUnits(campaign).map((s) => s.unit.code));
  const extraUnit = expectedUnits(campaign).find((u) => !sampled.has(u.code))!;
  const uploadName = "bao-cao-gui-qua-email.xlsx";
  let uploaded: SourceWorkbook;
  const shot = (name: string) => preview.shot(name);
  const axe = (step: string) => preview.axe(step);

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // A real file, as a unit would send it: a filled template with no unit code anywhere.
    const filled = generateSampleUnits(campaign, {
      missingRate: 0,
      mistakeRate: 0,
      lateRate: 0,
    }).find((s) => s.unit.code === extraUnit.code)!.filled;
    const info: Record<string, PlanValue> = { ...filled.info, unitCode: null };
    const bytes = await writePlan(buildTemplatePlan(campaign, { filled: { ...filled, info } }));
    writeFileSync(join(ARTIFACTS, uploadName), bytes);
    uploaded = readWorkbook(bytes, uploadName);
    preview = await startPreview("preview");
    ({ page, errors } = preview);
    await preview.open("?latency=5");
  }, 600_000);

  afterAll(async () => {
    await preview?.close();
  });

  const emu = <T>(f: (w: EmuWindow["phulucEmulation"]) => T) =>
    page.evaluate(`(${f.toString()})(window.phulucEmulation)`) as Promise<T>;

  it("0. runs under the Content-Security-Policy (own files only, no eval)", async () => {
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("connect-src 'self'");
  });

  it("1. creates the template as a workbook of its own (downloaded: the preview cannot open a second workbook)", async () => {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Tạo mẫu phụ lục" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("mau-phu-luc.xlsx");
    const book = readWorkbook(new Uint8Array(readFileSync(await file.path())), "mau-phu-luc.xlsx");
    const sheets = book.sheets.map((s) => [s.name, s.state ?? "visible"]);
    for (const s of campaign.outline.sheets) expect(sheets).toContainEqual([s.name, "visible"]);
    expect(sheets).toContainEqual(["_PhuLuc", "veryHidden"]);
    await page.getByText(/Đã tải tệp mẫu mau-phu-luc\.xlsx/).waitFor();
    // The open workbook is left alone: consolidation later cannot overwrite the template.
    expect(await emu((w) => w.workbook.sheets.map((s) => s.name))).toEqual(["Sheet1"]);
    await shot("1-structure");
    await axe("structure");
  });

  it("2. loads the sample units and a file whose unit is chosen by hand", async () => {
    await page.getByRole("tab", { name: /Nạp đơn vị/ }).click();
    await page.getByRole("button", { name: "Dùng dữ liệu mẫu" }).click();
    await page.getByText(/Đã nạp \d+ tệp/).waitFor();
    await page.getByTestId("file-input").setInputFiles(join(ARTIFACTS, uploadName));
    await page.getByText(/^Đã nạp 1 tệp/).waitFor();
    await page.getByText("Chưa xác định đơn vị", { exact: true }).waitFor();
    await page.getByLabel(`Chọn đơn vị cho ${uploadName}`).selectOption(extraUnit.code);
    expect(await page.getByText(/^Đơn vị: /).count()).toBe(sampled.size);
    await shot("2-load");
    await axe("load");
  });

  const inputs = () => ({
    campaign,
    workbooks: [
      ...sampleWorkbooks(campaign),
      { ...uploaded, fileName: `${uploadName} [${extraUnit.code}]` },
    ],
    asOf,
  });

  it("3. shows the same findings as the engine, grouped by unit and filterable", async () => {
    await page.getByRole("tab", { name: /Kiểm tra/ }).click();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const expected = checkWorkbooks(inputs());
    const errors = expected.findings.filter((f) => f.severity === "error").length;
    const warnings = expected.findings.filter((f) => f.severity === "warning").length;
    expect(errors).toBeGreaterThan(0);
    await page.getByText(new RegExp(`^${errors} lỗi, ${warnings} cảnh báo`)).waitFor();
    expect(await page.locator("li[data-code]").count()).toBe(expected.findings.length);
    await page.getByLabel("Mức độ").selectOption("error");
    const codes = await page
      .locator("li[data-code]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-code")));
    expect(codes).toHaveLength(errors);
    expect(codes.every((c) => c!.startsWith("E_"))).toBe(true);
    await shot("3-check");
    await axe("check");
  });

  it("4. consolidates into the workbook, whose live totals equal the engine's", async () => {
    await page.getByRole("tab", { name: /Tổng hợp/ }).click();
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    const replace = page.getByRole("button", { name: "Thay thế" });
    const done = page.getByText(/Đã tổng hợp \d+ đơn vị/);
    await replace.or(done).first().waitFor({ timeout: 120_000 });
    if (await replace.isVisible()) await replace.click();
    await done.waitFor({ timeout: 120_000 });
    const run = runConsolidation(inputs());
    await shot("4-consolidate");
    // Every formula cell of the plan, as the emulated workbook computes it.
    const expected: Array<{ sheet: string; r: number; c: number; v: PlanValue | undefined }> = [];
    for (const sheet of run.plan.sheets) {
      for (const b of sheet.blocks) {
        b.cells.forEach((row, i) =>
          row.forEach(
            (cell, j) =>
              cell.f !== undefined &&
              expected.push({ sheet: sheet.name, r: b.row + i, c: b.col + j, v: cell.v }),
          ),
        );
      }
    }
    expect(expected.length).toBeGreaterThan(100);
    const actual = (await page.evaluate(
      (cells) =>
        cells.map((x) =>
          (window as unknown as EmuWindow).phulucEmulation.workbook.value(x.sheet, x.r, x.c),
        ),
      expected.map(({ sheet, r, c }) => ({ sheet, r, c })),
    )) as unknown[];
    const mismatches = expected
      .map((e, k) => ({
        at: `${e.sheet}!${a1(e.r, e.c)}`,
        engine: e.v ?? "",
        excel: actual[k] ?? "",
      }))
      .filter((m) =>
        typeof m.engine === "number"
          ? Math.abs(Number(m.excel) - m.engine) > 1e-9
          : m.excel !== m.engine,
      );
    expect(mismatches).toEqual([]);
    const perSync = await emu((w) => w.stats.perSync.map((s) => s.requestBytes));
    expect(Math.max(...perSync)).toBeLessThan(4 * 1024 * 1024);
    await axe("consolidate");
  });

  it("5. shows progress by level and by supervisor as a chart, with late and missing units", async () => {
    await page
      .getByRole("tab", { name: /Tiến độ/ })
      .first()
      .click();
    const run = runConsolidation(inputs());
    const s = run.summary;
    await page
      .getByText(
        new RegExp(
          `^Đã nhận ${s.received}/${s.expected}, đúng hạn ${s.onTime}, trễ ${s.late}, chưa nộp ${s.missing}\\.`,
        ),
      )
      .waitFor();
    const charts = page.getByRole("img");
    expect(await charts.count()).toBe(2);
    const total = await page
      .locator("figure")
      .first()
      .locator("rect")
      .evaluateAll((rs) => rs.reduce((n, r) => n + Number(r.getAttribute("data-count")), 0));
    expect(total).toBe(s.expected);
    await shot("5-progress");
    await axe("progress");
  });

  it("6. selects a finding's cell when the unit's data is in the workbook", async () => {
    await page.getByRole("tab", { name: /Nạp đơn vị/ }).click();
    await page.getByRole("button", { name: "Bỏ hết" }).click();
    await page.getByRole("button", { name: "Dùng trang tính trong sổ làm việc này" }).click();
    await page.getByText(/^Đã nạp 1 tệp/).waitFor();
    await page.getByRole("tab", { name: /Kiểm tra/ }).click();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const target = page.locator("li[data-code] button").first();
    await target.waitFor();
    const title = (await target.getAttribute("title"))!;
    const [, sheet, cell] = /^Chọn ô (.+)!([A-Z]+\d+)$/.exec(title)!;
    await target.click();
    await page.waitForFunction(
      ([s, c]) => {
        const sel = (window as unknown as EmuWindow).phulucEmulation.workbook.selection;
        return sel?.sheet === s && sel?.address === c;
      },
      [sheet, cell],
    );
    expect(await emu((w) => w.workbook.selection)).toEqual({ sheet, address: cell });
    await page.locator(`table[data-sheet="${sheet}"] td[data-address="${cell}"]`).waitFor();
    await shot("6-select");
    expect(errors).toEqual([]);
  });
});
