import { embeddedCampaign } from "../campaign/embedded";
import { serialFromIso } from "../calendar/serial";
import { checkWorkbooks } from "../pipeline/checkWorkbooks";
import { planToGrids } from "../plan/planToGrids";
import { generateSampleUnits } from "../samples/generateSampleUnits";
import { buildTemplatePlan } from "../plan/buildTemplatePlan";
import { buildFeedbackPlan, FEEDBACK_SHEET } from "./buildFeedbackPlan";
import { feedbackFileName, feedbackUnits } from "./feedbackUnits";

const campaign = embeddedCampaign;
const asOf = serialFromIso("2021-05-29");
const samples = generateSampleUnits(campaign);
const check = checkWorkbooks({
  campaign,
  asOf,
  workbooks: samples.map((s) => ({
    fileName: s.fileName,
    sheets: planToGrids(buildTemplatePlan(campaign, { unitCode: s.unit.code, filled: s.filled })),
  })),
});
const units = feedbackUnits(check.findings, campaign);

describe("feedbackUnits", () => {
  it("lists exactly the units with errors or warnings to act on, and no clean unit", () => {
    const actionable = new Set(
      check.findings
        .filter((f) => f.severity !== "info" && f.code !== "W_MISSING")
        .map((f) => f.unit),
    );
    expect(new Set(units.map((u) => u.unit))).toEqual(actionable);
    const clean = samples.filter((s) => s.mistakes.length === 0).map((s) => s.unit.code);
    expect(clean.length).toBeGreaterThan(0);
    for (const code of clean) expect(units.some((u) => u.unit === code)).toBe(false);
    // A unit that sent nothing gets a reminder elsewhere, not a feedback document.
    expect(units.flatMap((u) => u.findings).some((f) => f.code === "W_MISSING")).toBe(false);
  });

  it("names each unit from the registry and keeps the file it is about", () => {
    for (const u of units) {
      expect(u.unitName).toBe(campaign.units.find((x) => x.code === u.unit)?.name);
      expect(u.file).toBe(`${u.unit}_phu-luc.xlsx`);
    }
  });

  it("gives file names safe for e-mail", () => {
    expect(feedbackFileName("CBCS01")).toBe("phan-hoi-CBCS01.xlsx");
    expect(feedbackFileName("Báo cáo đơn vị (1).xlsx")).toBe("phan-hoi-Bao-cao-don-vi-1.xlsx");
  });
});

describe("buildFeedbackPlan", () => {
  const negative = samples.find((s) => s.mistakes.includes("negative"))!;
  const feedback = units.find((u) => u.unit === negative.unit.code)!;
  const plan = buildFeedbackPlan({ campaign, feedback, asOf });
  const [grid] = planToGrids(plan);
  const text = grid.rows.map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c))));

  it("says to whom, about which file and as of which day", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([FEEDBACK_SHEET]);
    const head = text
      .slice(0, 8)
      .map((r) => r[0])
      .join("\n");
    expect(head).toContain(`Kính gửi: ${negative.unit.code} — ${negative.unit.name}`);
    expect(head).toContain(`Tệp đã nhận: ${negative.fileName}`);
    expect(head).toContain("Số liệu tính đến ngày 29/05/2021");
  });

  it("has one row per problem naming sheet, cell, indicator, value found and what is expected", () => {
    const header = text.findIndex((r) => r[0] === "STT");
    const rows = text.slice(header + 1, header + 1 + feedback.findings.length);
    expect(rows).toHaveLength(feedback.findings.length);
    const bound = feedback.findings.find((f) => f.code === "E_BOUND")!;
    const row = rows.find((r) => r[2] === bound.cell)!;
    expect(row[1]).toBe(bound.sheet);
    expect(row[3]).toMatch(new RegExp(`^${bound.indicator!.replace(".", "\\.")}\\. \\S`));
    expect(Number(row[4])).toBeLessThan(0);
    expect(row[5]).toBe(bound.message.vi);
    expect(row[5]).toMatch(/không được nhỏ hơn 0|phải từ 0/);
    expect(row[6]).toBe("Lỗi");
    // Errors come first.
    const kinds = rows.map((r) => r[6]);
    expect(
      kinds.indexOf("Xem lại") === -1 || kinds.lastIndexOf("Lỗi") < kinds.indexOf("Xem lại"),
    ).toBe(true);
  });

  it("is set up to print on A4: Times New Roman at 12 pt or more, the header row repeated", () => {
    const print = plan.sheets[0].print!;
    expect(print.repeatRows).toEqual({ first: 7, last: 7 });
    expect(print.area).toMatch(/^A1:G\d+$/);
    for (const style of Object.values(plan.styles)) {
      expect(style.font?.name).toBe("Times New Roman");
      expect(style.font?.size).toBeGreaterThanOrEqual(12);
    }
    expect(plan.sheets[0].freeze).toEqual({ rows: 8, cols: 0 });
  });

  it("is the same plan for the same findings (byte-identical files)", () => {
    expect(buildFeedbackPlan({ campaign, feedback, asOf })).toEqual(plan);
  });
});
