/**
 * Issue 16 in the browser preview (real Chromium, the real pane over the emulated workbook): the
 * nine bugs as a new user met them (tests 1–9 each failed on the pane before the fix), feedback to
 * units, and every step at 320 px with axe.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { writePlan } from "../../src/io/writePlan";
import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import type { PlanValue } from "../../src/shared/model";
import { buildTemplatePlan } from "../../src/shared/plan/buildTemplatePlan";
import { generateSampleUnits } from "../../src/shared/samples/generateSampleUnits";
import { expectedUnits } from "../../src/shared/validate/expectedUnits";
import { unzipSync } from "fflate";
import { readWorkbook } from "../../src/io/readWorkbook";
import { defaultAsOf } from "../../src/shared/deadline/defaultAsOf";
import { feedbackFileName, feedbackUnits } from "../../src/shared/feedback/feedbackUnits";
import { checkWorkbooks } from "../../src/shared/pipeline/checkWorkbooks";
import { todaySerial } from "../../src/shared/calendar/todaySerial";
import { sampleWorkbooks } from "../../src/taskpane/preview/sampleWorkbooks";
import {
  ARTIFACTS,
  describeInChromium,
  focusedElement,
  startPreview,
  type Preview,
} from "./harness";

const campaign = embeddedCampaign;
const FILES = join(ARTIFACTS, "pane-files");
const sampled = new Set(generateSampleUnits(campaign).map((s) => s.unit.code));
const expected = expectedUnits(campaign);
const notSampled = expected.filter((u) => !sampled.has(u.code));

/** A filled template of a unit with no unit code anywhere, as a unit may e-mail it. */
async function codelessFile(unitCode: string, name: string): Promise<string> {
  const filled = generateSampleUnits(campaign, {
    missingRate: 0,
    mistakeRate: 0,
    lateRate: 0,
  }).find((s) => s.unit.code === unitCode)!.filled;
  const info: Record<string, PlanValue> = { ...filled.info, unitCode: null, unitName: null };
  const path = join(FILES, name);
  writeFileSync(
    path,
    await writePlan(buildTemplatePlan(campaign, { filled: { ...filled, info } })),
  );
  return path;
}

describeInChromium()("issue 16 bugs in the preview", () => {
  let p: Preview;
  let page: Page;
  let codelessA: string;
  let codelessB: string;
  let corrupt: string;
  let text: string;
  let copies: string[];

  beforeAll(async () => {
    mkdirSync(FILES, { recursive: true });
    codelessA = await codelessFile(notSampled[0].code, "bao-cao-a.xlsx");
    codelessB = await codelessFile(notSampled[1].code, "bao-cao-b.xlsx");
    corrupt = join(FILES, "hong.xlsx");
    writeFileSync(corrupt, Buffer.from("PK\u0003\u0004 not really a zip file at all"));
    text = join(FILES, "ghi-chu.txt");
    writeFileSync(text, "Đơn vị;Số liệu\nCBCS01;12\n");
    copies = Array.from({ length: 20 }, (_, i) => {
      const path = join(FILES, `ban-sao-${i + 1}.xlsx`);
      copyFileSync(codelessA, path);
      return path;
    });
    p = await startPreview("pane");
    page = p.page;
  }, 600_000);
  afterAll(async () => p?.close());

  const tab = (name: RegExp) => page.getByRole("tab", { name }).first().click();
  const notice = () => page.locator("[data-intent]").first();
  const loadSamples = async () => {
    await tab(/Nạp đơn vị|Load units/);
    await page.getByRole("button", { name: /Dùng dữ liệu mẫu|Use sample data/ }).click();
    await page.getByText(/Đã nạp \d+ tệp|\d+ files loaded/).waitFor();
  };

  it("1, 8. opening the outline sheets again replaces them (no _PhuLuc clash), focus stays put", async () => {
    await p.open("?latency=0");
    const open = page.getByRole("button", { name: "Mở đề cương thành trang tính" });
    await open.click();
    await page.getByText(/^Đã mở đề cương/).waitFor();
    // The dialog asks before replacing, starting on the safe answer.
    await open.click();
    await page.getByRole("alertdialog").waitFor();
    expect((await focusedElement(page)).text).toBe("Giữ nguyên");
    await page.keyboard.press("Escape");
    await page.getByRole("alertdialog").waitFor({ state: "detached" });
    await page.waitForFunction(
      () => document.activeElement?.textContent === "Mở đề cương thành trang tính",
    );
    await open.click();
    await page.getByRole("button", { name: "Thay thế" }).click();
    await page.getByText(/^Đã mở đề cương/).waitFor();
    expect(await page.getByText(/Excel báo lỗi|Đã tạo mẫu/).count()).toBe(0);
    // The pane speaks of sheets and cells, not of Office.js round trips.
    expect(
      await page
        .locator("main")
        .getByText(/lượt đồng bộ/)
        .count(),
    ).toBe(0);
  });

  it("2. Tiến độ works right after loading, and after a file is removed", async () => {
    await p.open("?latency=0");
    await loadSamples();
    await tab(/Tiến độ/);
    const summary = page.getByText(/^Đã nhận \d+\/\d+/);
    await summary.waitFor();
    expect(await summary.textContent()).toContain(`Đã nhận ${sampled.size}/${expected.length}`);
    await tab(/Nạp đơn vị/);
    await page
      .getByRole("button", { name: /^Bỏ tệp / })
      .first()
      .click();
    // 8. focus moves to the next file's button, not to the page.
    expect((await focusedElement(page)).label).toMatch(/^Bỏ tệp /);
    await tab(/Tiến độ/);
    await page
      .getByText(`Đã nhận ${sampled.size - 1}/${expected.length}`, { exact: false })
      .waitFor();
  });

  it("3, 6. a file whose unit is not identified is not an expected unit; picking one clears the warning", async () => {
    await p.open("?latency=0");
    await loadSamples();
    await page.getByTestId("file-input").setInputFiles(codelessA);
    await page.getByText("Chưa xác định đơn vị").first().waitFor();
    await tab(/Tiến độ/);
    await page.getByText(`Đã nhận ${sampled.size}/${expected.length}`, { exact: false }).waitFor();
    expect(await page.locator('g[data-group="—"]').count()).toBe(0);
    const total = await page
      .locator("figure")
      .first()
      .locator("rect")
      .evaluateAll((rs) => rs.reduce((n, r) => n + Number(r.getAttribute("data-count")), 0));
    expect(total).toBe(expected.length);
    await tab(/Nạp đơn vị/);
    await page.getByLabel("Chọn đơn vị cho bao-cao-a.xlsx").selectOption(notSampled[0].code);
    expect(await page.getByText("Chưa xác định đơn vị", { exact: true }).count()).toBe(0);
    await page.getByText(/Đơn vị \(chọn tay\)/).waitFor();
  });

  it("4, 5. .txt is refused; a load with unreadable and unidentified files is not a green success", async () => {
    await p.open("?latency=0");
    await tab(/Nạp đơn vị/);
    await page.getByTestId("file-input").setInputFiles([text, corrupt, codelessA, codelessB]);
    await page.getByText(/Đã nạp 4 tệp/).waitFor();
    expect(await notice().getAttribute("data-intent")).toBe("warning");
    const said = (await notice().textContent())!;
    expect(said).toContain("2 tệp không đọc được");
    expect(said).toContain("2 tệp chưa xác định đơn vị");
    await page
      .getByText(/ghi-chu\.txt/)
      .first()
      .waitFor();
    await page.getByText(/Không phải tệp bảng tính/).waitFor();
  });

  it("5. Hủy while loading says it was cancelled and how many files were loaded", async () => {
    await p.open("?latency=0&fileLatency=500");
    await tab(/Nạp đơn vị/);
    await page.getByTestId("file-input").setInputFiles(copies);
    await page.getByText(/Đang đọc/).waitFor();
    await page.getByRole("button", { name: "Hủy" }).click();
    const said = page.getByText(/^Đã hủy: nạp được \d+ trong 20 tệp\.$/);
    await said.waitFor();
    expect(await notice().getAttribute("data-intent")).toBe("info");
    const loaded = Number(/nạp được (\d+)/.exec((await said.textContent())!)![1]);
    expect(loaded).toBeLessThan(20);
    expect(await page.locator("li[data-status]").count()).toBe(loaded);
  });

  it("7. the English pane has no Vietnamese statuses or rule wording", async () => {
    await p.open("?latency=0&lang=en");
    await loadSamples();
    await tab(/Check/);
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.getByText(/\d+ errors?, \d+ warnings?/).waitFor();
    const checkText = await page.locator("main").innerText();
    await tab(/Progress/);
    await page.getByText(/^Received \d+\/\d+/).waitFor();
    const progressText = await page.locator("main").innerText();
    for (const shown of [checkText, progressText]) {
      expect(shown).not.toMatch(
        /Trễ \d|Quá hạn|Còn \d+ ngày|Đúng hạn|so với|\bcột\b|Vi phạm|Chưa ghi/,
      );
    }
  });

  it("9. the grid view shows widths, merges and text addresses, and scrolls to the selected cell", async () => {
    await p.open("?latency=0");
    await loadSamples();
    await tab(/Tổng hợp/);
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByText(/Đã tổng hợp \d+ đơn vị/).waitFor({ timeout: 120_000 });
    await page.getByRole("tab", { name: "Kết quả kiểm tra" }).click();
    const grid = page.locator('table[data-sheet="Kết quả kiểm tra"]');
    await grid.waitFor();
    expect(await grid.locator("td", { hasText: /^NaN$/ }).count()).toBe(0);
    // The column headed "Ô" (row 4) holds cell addresses, text as written (not read as
    // 1E7-style numbers). Found by its header: the sheet's columns have changed before.
    const header = await grid
      .locator("td[data-address$='4']", { hasText: /^Ô$/ })
      .getAttribute("data-address");
    const column = /^[A-Z]+/.exec(header ?? "")![0];
    const addresses = await grid
      .locator(`td[data-address^='${column}']`)
      .evaluateAll((tds) => tds.map((td) => td.textContent ?? ""));
    expect(addresses.filter((a) => /^[A-Z]{1,3}\d+$/.test(a)).length).toBeGreaterThan(5);
    // Column widths from the workbook, merged title cells spanning columns.
    expect(await grid.locator("col[style*='width']").count()).toBeGreaterThan(3);
    expect(await grid.locator("td[colspan]").count()).toBeGreaterThan(0);
    // Select a finding far down the consolidated workbook: the grid scrolls to it.
    await tab(/Nạp đơn vị/);
    await page.getByRole("button", { name: "Bỏ hết" }).click();
    await page.getByRole("button", { name: "Dùng trang tính trong sổ làm việc này" }).click();
    await page.getByText(/Đã nạp 1 tệp/).waitFor();
    await tab(/Kiểm tra/);
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const target = page.locator("li[data-code] button[title^='Chọn ô']").last();
    await target.waitFor();
    const [, sheet, cell] = /^Chọn ô (.+)!([A-Z]+\d+)$/.exec(
      (await target.getAttribute("title"))!,
    )!;
    await target.click();
    const td = page.locator(`table[data-sheet="${sheet}"] td[data-address="${cell}"]`);
    await td.waitFor();
    await page.waitForFunction(
      ({ s, c }) => {
        const el = document.querySelector(`table[data-sheet="${s}"] td[data-address="${c}"]`);
        const box = el?.closest("[data-grid-scroll]");
        if (!el || !box) return false;
        const a = el.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        return (
          a.top >= b.top - 1 &&
          a.bottom <= b.bottom + 1 &&
          a.left >= b.left - 1 &&
          a.right <= b.right + 1
        );
      },
      { s: sheet, c: cell },
      { timeout: 10_000 },
    );
    expect(p.errors).toEqual([]);
  });

  it("10. sends feedback to units (one file each, or all in a .zip) and shows a file finding's cell", async () => {
    await p.open("?latency=0");
    await loadSamples();
    await tab(/Kiểm tra/);
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByText(/^\d+ lỗi, \d+ cảnh báo/).waitFor();
    const engine = checkWorkbooks({
      campaign,
      workbooks: sampleWorkbooks(campaign),
      asOf: defaultAsOf(campaign, todaySerial()),
    });
    const units = feedbackUnits(engine.findings, campaign);
    expect(units.length).toBeGreaterThan(0);
    const all = page.waitForEvent("download");
    await page
      .getByRole("button", { name: `Tải phiếu phản hồi của ${units.length} đơn vị (.zip)` })
      .click();
    const zip = unzipSync(new Uint8Array(readFileSync(await (await all).path())));
    expect(Object.keys(zip).sort()).toEqual(units.map((u) => feedbackFileName(u.unit)).sort());
    const first = units[0];
    const sheet = readWorkbook(zip[feedbackFileName(first.unit)], "x.xlsx").sheets[0];
    expect(sheet.name).toBe("Phản hồi");
    const one = page.waitForEvent("download");
    await page.getByRole("button", { name: `Phiếu phản hồi ${first.unit}` }).click();
    expect((await one).suggestedFilename()).toBe(feedbackFileName(first.unit));
    // A finding about a unit's file shows that cell and its neighbours from the file.
    const finding = page.locator("li[data-code] button[title^='Xem ô']").first();
    const [, cell] = /^Xem ô ([A-Z]+\d+)/.exec((await finding.getAttribute("title"))!)!;
    await finding.click();
    const context = page.getByTestId("cell-context");
    await context.waitFor();
    expect(await context.locator("td[aria-current='true']").getAttribute("data-address")).toBe(
      cell,
    );
    expect(await context.locator("td").count()).toBeGreaterThan(9);
    expect(p.errors).toEqual([]);
  });

  it("11. every step at 320 px: tabs on one row, nothing overflows, axe finds nothing serious", async () => {
    await p.open("?latency=0&paneWidth=320");
    await page.getByText(/Đợt báo cáo: /).waitFor();
    const tops = await page
      .getByRole("tab")
      .evaluateAll((ts) =>
        ts.filter((t) => t.closest("main")).map((t) => Math.round(t.getBoundingClientRect().top)),
      );
    expect(tops).toHaveLength(6);
    expect(new Set(tops).size).toBe(1);
    // …and all six in view, none scrolled out of the pane.
    const edges = await page.evaluate(() => {
      const main = document.querySelector("main")!.getBoundingClientRect();
      const tabs = [...document.querySelectorAll("main [role=tab]")].map((t) =>
        t.getBoundingClientRect(),
      );
      return {
        left: main.left,
        right: main.right,
        first: tabs[0].left,
        last: tabs[tabs.length - 1].right,
      };
    });
    expect(edges.first).toBeGreaterThanOrEqual(edges.left);
    expect(edges.last).toBeLessThanOrEqual(edges.right);
    await p.shot("320-1-structure");
    await p.axe("structure");
    await loadSamples();
    await p.shot("320-2-load");
    await p.axe("load");
    await tab(/Kiểm tra/);
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByText(/^\d+ lỗi, \d+ cảnh báo/).waitFor();
    await p.shot("320-3-check");
    await p.axe("check");
    await tab(/Tổng hợp/);
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByText(/Đã tổng hợp \d+ đơn vị/).waitFor({ timeout: 120_000 });
    await p.shot("320-4-consolidate");
    await p.axe("consolidate");
    await tab(/Tiến độ/);
    await page.getByText(/^Đã nhận \d+\/\d+/).waitFor();
    await p.shot("320-5-progress");
    await p.axe("progress");
    await tab(/Báo cáo/);
    await page.getByRole("button", { name: "Sao chép tất cả" }).waitFor();
    await p.shot("320-6-report");
    await p.axe("report");
    expect(p.errors).toEqual([]);
  });
});
