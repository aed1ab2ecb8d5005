import { campaignSchema, type CampaignInput } from "../../src/shared/model";
import { runConsolidation } from "../../src/shared/pipeline/runConsolidation";
import { exemplaryUnits } from "../../src/shared/report/exemplaryUnits";
import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import { miniCampaignInput } from "../fixtures/miniCampaign";
import { filledWorkbook, miniValues } from "./helpers";

/** The mini campaign with every unit a đảng bộ of an agency, so all four are peers. */
function peersCampaign() {
  const input = structuredClone(miniCampaignInput) as CampaignInput;
  input.units = input.units!.map((u) => ({ ...u, level: "DBCS", type: "CQ" }));
  const b1 = input.outline.sheets.find((s) => s.id === "B1")!;
  if (b1.kind !== "indicators") throw new Error("B1 is an indicator sheet");
  for (const ind of b1.indicators)
    if (ind.code === "2" || ind.code === "3") ind.assessment = "merit";
  return campaignSchema.parse(input);
}

describe("exemplary units", () => {
  const campaign = peersCampaign();
  const codes = ["DBCS01", "DBCS02", "CBCS01", "CBCS02"];
  const workbooks = codes.map((code, i) => {
    const values = miniValues(code, "DBCS", "CQ", i + 1);
    // The best unit on paper has an error in its figures: ranked, never proposed.
    if (code === "CBCS02") (values.values!.B1["1.1"] as Record<string, number>)["2019"] = -5;
    return filledWorkbook(campaign, code, values);
  });
  const run = runConsolidation({ campaign, workbooks, asOf: 44322 });
  const r = exemplaryUnits(campaign, run.consolidation);

  it("scores each unit against its peers on the marked indicators, latest year, and shows the rule", () => {
    expect(r.criteria.map((c) => `${c.code}@${c.column}:${c.assessment}`)).toEqual([
      "2@2020:merit",
      "3@2020:merit",
    ]);
    // Indicator 2 is 11·k in 2020: the k-th unit beats k − 1 of 3 peers; the ratio 3 is the same
    // for all (11/12), so every unit gets half of its points there.
    expect(r.ranked.map((u) => [u.unit.code, Math.round(u.score! * 10) / 10])).toEqual([
      ["CBCS02", 75],
      ["CBCS01", 58.3],
      ["DBCS02", 41.7],
      ["DBCS01", 25],
    ]);
    const first = r.ranked[0].figures.map((f) => [f.shown, f.points]);
    expect(first).toEqual([
      ["44 người", 100],
      ["91,67 %", 50],
    ]);
    expect(r.rule.vi).toContain("cùng cấp, cùng loại hình");
    expect(r.rule.vi).toContain("Số cán bộ đạt chuẩn văn hóa (B1 Kết quả, chỉ tiêu 2, Năm 2020)");
    expect(r.rule.en).toContain("Merits: ");
  });

  it("proposes only units without errors in their figures", () => {
    expect(r.ranked[0].errors).toBeGreaterThan(0);
    expect(r.candidates.map((u) => u.unit.code)).toEqual(["CBCS01", "DBCS02", "DBCS01"]);
  });

  it("marks merits and demerits in the embedded outline", () => {
    const marked = embeddedCampaign.outline.sheets.flatMap((s) =>
      s.kind === "indicators"
        ? s.indicators.filter((i) => i.assessment).map((i) => `${s.id}:${i.code}:${i.assessment}`)
        : [],
    );
    expect(marked).toEqual([
      "B1:4:merit",
      "B2:3:merit",
      "B2:5:merit",
      "B3:1:demerit",
      "B3:3:demerit",
      "B4:1:merit",
      "B4:2:merit",
    ]);
  });
});
