import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import type { Consolidation } from "../../src/shared/consolidate/consolidate";
import type { Campaign, Indicator } from "../../src/shared/model";
import { indicatorSheets, ratioParts } from "../../src/shared/outline/indicators";
import { runConsolidation } from "../../src/shared/pipeline/runConsolidation";
import { DRAFT_SHEET } from "../../src/shared/plan/draftSheet";
import { draftReport } from "../../src/shared/report/draftReport";
import {
  formatMillionDong,
  formatViNumber,
  formatViPercent,
} from "../../src/shared/report/formatVi";
import { miniCampaign } from "../fixtures/miniCampaign";
import { miniWorkbooks } from "./helpers";
import { sampleWorkbooks } from "../../src/taskpane/preview/sampleWorkbooks";

const AS_OF = 44322; // 2021-05-06

function sampleRun() {
  const workbooks = sampleWorkbooks(embeddedCampaign);
  return runConsolidation({ campaign: embeddedCampaign, workbooks, asOf: AS_OF });
}

function indicatorOf(campaign: Campaign, sheet: string, code: string): Indicator {
  return indicatorSheets(campaign.outline)
    .find((s) => s.id === sheet)!
    .indicators.find((i) => i.code === code)!;
}

/** Every way the report may write a consolidated figure of the indicator. */
function writings(ind: Indicator, v: number): string[] {
  if (ind.type === "percent") return [formatViPercent(v)];
  if (ind.unit === "Triệu đồng") return [formatMillionDong(v), formatViNumber(v)];
  return v === 0 ? ["không có", "0"] : [formatViNumber(v)];
}

describe("drafted figures of the report", () => {
  const run = sampleRun();
  const c = run.consolidation;
  const draft = draftReport(embeddedCampaign, c, run.progress, AS_OF);
  const figures = [...draft.coverage, ...draft.parts.flatMap((p) => p.figures)];

  it("quotes every consolidated total it names, written the Vietnamese way", () => {
    let checked = 0;
    for (const f of figures) {
      for (const ref of f.refs) {
        const v = c.totals[ref.sheet][ref.code][ref.column];
        expect(v).not.toBeNull();
        const ind = indicatorOf(embeddedCampaign, ref.sheet, ref.code);
        expect(writings(ind, v!).some((w) => f.text.includes(w))).toBe(true);
        checked++;
      }
      expect(f.source.length).toBeGreaterThan(0);
    }
    expect(checked).toBeGreaterThan(60);
  });

  it("has no number that is not a total, a count of units, a year or a change between years", () => {
    // Strip what each figure legitimately holds; any digit left would be a number from nowhere.
    for (const f of figures.filter((f) => f.refs.length > 0)) {
      let rest = f.text;
      for (const ref of f.refs) {
        const v = c.totals[ref.sheet][ref.code][ref.column]!;
        for (const w of writings(indicatorOf(embeddedCampaign, ref.sheet, ref.code), v))
          rest = rest.split(w).join("");
      }
      rest = rest
        .replace(/\d{2}\/\d{2}\/\d{4}/g, "") // the as-of date
        .replace(/\b(19|20)\d\d\b/g, "") // years
        .replace(/(tăng|giảm|gấp) [\d.,]+/g, "") // year-on-year changes
        .replace(/(\d[\d.]*)?\/\d[\d.]*[^(]*\(đạt [\d,]+ %\)/g, "") // X/Y units (đạt p %)
        .replace(/\(đạt [\d,]+ %\)/g, "")
        .replace(/\d+\.\d+(\.\d+)?/g, "") // indicator codes in labels ("mức độ 3, 4")
        .replace(/mức độ 3, 4/g, "");
      expect({ text: f.text, left: rest.match(/\d+/g) }).toEqual({ text: f.text, left: null });
    }
  });

  it("counts the rows and the units of each list", () => {
    for (const [id, rows] of Object.entries(c.lists)) {
      const f = figures.find((f) =>
        f.source.startsWith(embeddedCampaign.outline.sheets.find((s) => s.id === id)!.name),
      )!;
      const units = new Set(rows.map((r) => r.unit.code)).size;
      expect(f.text).toContain(
        `: ${formatViNumber(rows.length)} nội dung, do ${units} tổ chức cơ sở đảng đề xuất`,
      );
    }
  });

  it("counts units answering yes out of those that answered, from the consolidation's statistics", () => {
    const yes = figures.find((f) => f.refs[0]?.code === "9" && f.refs[0].sheet === "B1")!;
    const stat = c.statistics.find((s) => s.sheet === "B1" && s.code === "9")!;
    expect(yes.text).toContain(
      `Có ${formatViNumber(c.totals.B1["9"].SL!)}/${stat.description.count} tổ chức cơ sở đảng`,
    );
  });

  it("states the coverage from the progress rows", () => {
    const received = run.progress.filter((p) => p.file !== undefined).length;
    expect(draft.coverage[0].text).toContain(
      `${received}/${run.progress.length} tổ chức cơ sở đảng`,
    );
    for (const p of run.progress.filter((p) => p.file === undefined))
      expect(draft.coverage[0].text).toContain(p.unit.name);
  });

  it("reads the totals consolidate() gave, whatever aggregation made them", () => {
    const altered: Consolidation = structuredClone(c);
    altered.totals.B1["1"].SL = 12345;
    altered.totals.B2["18"]["2020"] = 8.75;
    const d = draftReport(embeddedCampaign, altered, run.progress, AS_OF);
    const all = d.parts.flatMap((p) => p.figures).map((f) => f.text);
    expect(all).toContain("Tổng số đảng viên của đảng bộ, chi bộ: 12.345 đồng chí.");
    expect(all.some((t) => t.includes("năm 2020: 8,75"))).toBe(true);
  });

  it("is the sheet 'Dự thảo số liệu báo cáo' of the consolidated appendix", () => {
    const sheet = run.plan.sheets.find((s) => s.name === DRAFT_SHEET)!;
    const texts = sheet.blocks[0].cells.map((r) => r[1]?.v);
    for (const f of figures) expect(texts).toContain(f.text);
    const owned = run.plan.sheets.find((s) => s.name === "_PhuLuc")!;
    expect(JSON.stringify(owned.blocks)).toContain(DRAFT_SHEET);
  });
});

describe("drafted figures of a small campaign, word for word", () => {
  const run = runConsolidation({
    campaign: miniCampaign,
    workbooks: miniWorkbooks(miniCampaign),
    asOf: AS_OF,
  });
  const draft = draftReport(miniCampaign, run.consolidation, run.progress, AS_OF);
  const texts = draft.parts.flatMap((p) => p.figures.map((f) => f.text));

  it("writes counts with their parts, ratios with their summed parts, and compares years", () => {
    expect(texts).toContain(
      "Tổng số cán bộ năm 2020: 120 người, tăng 20 % so với năm 2019 (100 người), trong đó: cán bộ nam 70 người; cán bộ nữ 50 người.",
    );
    expect(texts).toContain(
      "Tổng số cán bộ đạt chuẩn văn hóa năm 2020: 110 người, tăng 37,5 % so với năm 2019 (80 người).",
    );
    expect(texts).toContain(
      "Tỷ lệ cán bộ đạt chuẩn năm 2020 đạt 91,67 % (110/120 người), tăng 11,7 điểm phần trăm so với năm 2019 (80 %).",
    );
    expect(ratioParts(indicatorOf(miniCampaign, "B1", "3"))).toEqual({
      numerator: "2",
      denominator: "1",
    });
  });

  it("opens with who sent what, naming the unit still missing", () => {
    expect(draft.coverage[0].text).toMatch(
      /^Tính đến ngày 06\/05\/2021, đã nhận được báo cáo, phụ lục của 4\/5 tổ chức cơ sở đảng \(đạt 80 %\), trong đó 4 đơn vị gửi đúng thời hạn; còn một đơn vị chưa gửi: .+\.$/,
    );
  });
});
