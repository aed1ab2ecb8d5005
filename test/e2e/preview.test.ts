/**
 * The whole flow in real Chromium on the built preview: create the template, load the sample
 * units (and one real .xlsx file whose unit must be chosen by hand), see the findings,
 * consolidate, check the totals the emulated workbook computes against the engine's, see the
 * progress chart, select a finding's cell, and run axe on every step. Screenshots go to
 * test-artifacts/. In CI the test must run: a missing Chromium fails it there.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Server } from "node:http";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { serveStatic } from "../../scripts/serveStatic";
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

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ROOT = join(__dirname, "../..");
const ARTIFACTS = join(ROOT, "test-artifacts");
const DIST = join(ARTIFACTS, "e2e-dist");
const available = existsSync(CHROMIUM);
if (!available && process.env.CI === "true") {
  throw new Error(`Chromium not found at ${CHROMIUM}: the browser test must run in CI.`);
}
if (!available) {
  console.warn(
    `\n\n*** SKIPPING the browser end-to-end test: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH). ***\n\n`,
  );
}
const maybe = available ? describe : describe.skip;

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
  let server: Server;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const errors: string[] = [];
  const campaign = embeddedCampaign;
  // The pane's default as-of date: the campaign's end once it is long over.
  const asOf = defaultAsOf(campaign, todaySerial());
  // A unit that sends nothing in the samples: its file is uploaded by hand, without any code.
  const sampled = new Set(generateSampleUnits(campaign).map((s) => s.unit.code));
  const extraUnit = expectedUnits(campaign).find((u) => !sampled.has(u.code))!;
  const uploadName = "bao-cao-gui-qua-email.xlsx";
  let uploaded: SourceWorkbook;

  /** Screenshot, after checking the pane fits its narrow width (no horizontal overflow). */
  const shot = async (name: string) => {
    const overflow = await page.evaluate(() => {
      const main = document.querySelector("main")!;
      return {
        scroll: main.scrollWidth,
        client: main.clientWidth,
        parent: main.parentElement!.clientWidth,
      };
    });
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    expect(overflow.client).toBeLessThanOrEqual(overflow.parent);
    await page.screenshot({ path: join(ARTIFACTS, `preview-${name}.png`), fullPage: true });
  };
  const AXE_PATH = "__test__/axe.min.js";
  async function axe(step: string) {
    // Served from the page's own origin: the Content-Security-Policy allows no inline script.
    await page.addScriptTag({ url: `${base}${AXE_PATH}` });
    const result = await page.evaluate(async () => {
      const r = await (
        window as unknown as {
          axe: {
            run: (
              ctx: unknown,
              opts: unknown,
            ) => Promise<{
              violations: Array<{ id: string; impact: string; nodes: Array<{ html: string }> }>;
            }>;
          };
        }
      ).axe.run(document, {
        resultTypes: ["violations"],
      });
      // Fluent UI's focus sentinels (tabster "dummy inputs", data-tabster-dummy) are focusable and
      // aria-hidden on purpose: they hand focus on at once and must stay silent. A known false
      // positive of aria-hidden-focus (microsoft/tabster#288, microsoft/fluentui#25133), which
      // Accessibility Insights suppresses too; any other node still counts.
      return r.violations
        .map((v) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.filter(
            (n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy")),
          ).length,
        }))
        .filter((v) => v.nodes > 0);
    });
    const serious = result.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect({ step, serious }).toEqual({ step, serious: [] });
    writeFileSync(join(ARTIFACTS, `axe-${step}.json`), JSON.stringify(result, null, 2));
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync(
      process.execPath,
      [
        join(ROOT, "node_modules/webpack-cli/bin/cli.js"),
        "--mode",
        "production",
        "--output-path",
        DIST,
      ],
      {
        cwd: ROOT,
        stdio: "pipe",
      },
    );
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
    ({ server, url: base } = await serveStatic(DIST));
    profile = mkdtempSync(join(tmpdir(), "phuluc-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
      viewport: { width: 1280, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => errors.push(e.message));
    // A blocked script, style or connection shows up as a console error: none may happen.
    page.on("console", (m) => {
      if (/Content.Security.Policy/i.test(m.text())) errors.push(m.text());
    });
    // The preview must never call a server other than its own.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === `${base}${AXE_PATH}`) {
        return route.fulfill({
          contentType: "text/javascript",
          body: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"),
        });
      }
      return url.startsWith(base) ? route.continue() : route.abort();
    });
    await page.goto(`${base}preview.html?latency=5`);
  }, 600_000);

  afterAll(async () => {
    await context?.close();
    server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
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
