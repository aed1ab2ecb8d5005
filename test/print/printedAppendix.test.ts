import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writePlan } from "../../src/io";
import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import { serialFromIso } from "../../src/shared/calendar/serial";
import { buildTemplatePlan } from "../../src/shared/plan/buildTemplatePlan";
import { runConsolidation } from "../../src/shared/pipeline/runConsolidation";
import { convertWithLibreOffice, findSoffice } from "../io/helpers";
import { sampleWorkbooks } from "../../src/taskpane/preview/sampleWorkbooks";

/**
 * The consolidated appendix of the demo, printed to PDF by LibreOffice and read page by page, as
 * the office would check it before signing.
 */
const soffice = findSoffice();
const pdftotext =
  spawnSync("sh", ["-c", "command -v pdftotext"], { encoding: "utf8" }).stdout.trim() || undefined;
if ((!soffice || !pdftotext) && process.env.CI)
  throw new Error("LibreOffice and pdftotext (poppler-utils) are required in CI to print");
if (!soffice || !pdftotext)
  console.warn("⚠ LibreOffice or pdftotext missing: SKIPPING the printed appendix test");
const maybe = soffice && pdftotext ? describe : describe.skip;

interface Word {
  text: string;
  height: number;
}

/** Text of each page, and every word with its height (pdftotext -bbox). */
function readPdf(pdf: string): { pages: string[]; words: Word[][] } {
  const pages = execFileSync(pdftotext!, ["-layout", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  })
    .split("\f")
    .filter((p, i, all) => i < all.length - 1 || p.trim() !== "");
  const html = execFileSync(pdftotext!, ["-bbox", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const words = html
    .split("<page ")
    .slice(1)
    .map((page) =>
      [...page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
        text: m[3],
        height: Number(m[2]) - Number(m[1]),
      })),
    );
  return { pages, words };
}

maybe("the printed consolidated appendix", () => {
  let pages: string[] = [];
  let words: Word[][] = [];
  const dir = mkdtempSync(join(tmpdir(), "phuluc-print-"));

  beforeAll(async () => {
    const workbooks = sampleWorkbooks(embeddedCampaign);
    const run = runConsolidation({
      campaign: embeddedCampaign,
      workbooks,
      asOf: serialFromIso("2021-05-06"),
    });
    const xlsx = join(dir, "tong-hop.xlsx");
    writeFileSync(xlsx, await writePlan(run.plan));
    const pdf = join(dir, "tong-hop.pdf");
    writeFileSync(pdf, convertWithLibreOffice(soffice!, xlsx, "pdf", { recalculate: true }));
    ({ pages, words } = readPdf(pdf));
    console.log(`The demo's consolidated appendix prints on ${pages.length} A4 pages.`);
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("shows no cell too narrow for its number", () => {
    expect(pages.length).toBeGreaterThan(10);
    const hashes = pages.flatMap((p, i) => (p.includes("###") ? [i + 1] : []));
    expect(hashes).toEqual([]);
  });

  it("prints nothing below 8 pt", () => {
    // A word's box is about 1.17 × its font size in Times New Roman (12 pt → 14.0 pt boxes).
    const small = words.flatMap((page, i) =>
      page.filter((w) => w.height / 1.17 < 8).map((w) => `page ${i + 1}: ${w.text}`),
    );
    expect(small).toEqual([]);
  });

  it("numbers every page and repeats the table header on every page", () => {
    pages.forEach((text, i) => {
      // The page number heads the page (Nghị định 30/2020: centred in the top margin).
      expect({ page: i + 1, number: text.trimStart().split(/\s+/)[0] }).toEqual({
        page: i + 1,
        number: expect.stringMatching(/^\d+$/),
      });
      // Every page of every table carries its header row: "STT" for the tables, "Biểu" for Thống kê.
      expect({ page: i + 1, header: /\bSTT\b|Biểu\s+Mã/.test(text) }).toEqual({
        page: i + 1,
        header: true,
      });
    });
  });

  it("opens each appendix with the heading block and closes it with the signature block", () => {
    const all = pages.join("\n");
    const count = (s: string) => all.split(s).length - 1;
    // Twelve appendices: the outline's eight sheets, four per-unit tables and the statistics.
    expect(count("ĐẢNG CỘNG SẢN")).toBeGreaterThanOrEqual(12);
    expect(count("ĐẢNG BỘ TỈNH")).toBeGreaterThanOrEqual(12);
    expect(all).toMatch(/PHỤ LỤC 12\b/);
    expect(all).toMatch(/PHỤ LỤC 1\b/);
    expect(all).toContain("(Kèm theo Báo cáo số");
    expect(count("T/M BAN THƯỜNG VỤ")).toBeGreaterThanOrEqual(8);
    expect(count("PHÓ BÍ THƯ")).toBeGreaterThanOrEqual(8);
    expect(all).toContain("Số liệu tính đến ngày 06/05/2021");
    expect(all).toMatch(/Tổng hợp 30\/32 đơn vị; chưa gửi:/);
  });

  it("prints the appendix in Times New Roman only", () => {
    const fonts = execFileSync("pdffonts", [join(dir, "tong-hop.pdf")], { encoding: "utf8" });
    const names = fonts
      .split("\n")
      .slice(2)
      .map((l) => l.split(/\s+/)[0])
      .filter(Boolean);
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).toMatch(/TimesNewRoman|Liberation.?Serif|Times/i);
  });
});

maybe("the printed template of one unit", () => {
  let pages: string[] = [];
  let words: Word[][] = [];
  const dir = mkdtempSync(join(tmpdir(), "phuluc-print-template-"));
  const unit = embeddedCampaign.units.find((u) => u.code === "CBCS01")!;

  beforeAll(async () => {
    const xlsx = join(dir, "mau.xlsx");
    writeFileSync(
      xlsx,
      await writePlan(buildTemplatePlan(embeddedCampaign, { unitCode: unit.code })),
    );
    const pdf = join(dir, "mau.pdf");
    writeFileSync(pdf, convertWithLibreOffice(soffice!, xlsx, "pdf"));
    ({ pages, words } = readPdf(pdf));
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names the unit under every sheet's title, and closes each table of figures with its signature block", () => {
    const all = pages.join("\n");
    const count = (s: string) => all.split(s).length - 1;
    const sheets = embeddedCampaign.outline.sheets;
    expect(count(`Đơn vị báo cáo: ${unit.name}`)).toBeGreaterThanOrEqual(sheets.length);
    const figures = sheets.filter((s) => s.kind !== "list").length;
    expect(count("NGƯỜI LẬP BIỂU")).toBeGreaterThanOrEqual(figures);
    expect(count("T/M CẤP ỦY")).toBeGreaterThanOrEqual(figures);
  });

  it("prints whole titles, nothing below 8 pt, a page number on every page", () => {
    for (const s of embeddedCampaign.outline.sheets)
      expect({
        title: s.title,
        printed: pages.join(" ").replace(/\s+/g, " ").includes(s.title),
      }).toEqual({
        title: s.title,
        printed: true,
      });
    const small = words.flatMap((page, i) =>
      page.filter((w) => w.height / 1.17 < 8).map((w) => `page ${i + 1}: ${w.text}`),
    );
    expect(small).toEqual([]);
    pages.forEach((text, i) =>
      expect({ page: i + 1, number: text.trimStart().split(/\s+/)[0] }).toEqual({
        page: i + 1,
        number: expect.stringMatching(/^\d+$/),
      }),
    );
  });
});
