import fc from "fast-check";
import { campaignSchema, type Campaign, type SourceWorkbook } from "../../src/shared/model";
import { planToGrids } from "../../src/shared/plan/planToGrids";
import { runConsolidation } from "../../src/shared/pipeline/runConsolidation";
import { readUnitReport } from "../../src/shared/read/readUnitReport";
import { miniCampaign, miniCampaignInput } from "../fixtures/miniCampaign";
import { filledWorkbook, miniValues } from "./helpers";

const AS_OF = 44322; // 2021-05-06

function sampleWorkbooks(): SourceWorkbook[] {
  return [
    filledWorkbook(miniCampaign, "DBCS01", miniValues("DBCS01", "DBCS", "CQ", 1)),
    filledWorkbook(miniCampaign, "DBCS02", miniValues("DBCS02", "DBCS", "DN", 2)),
    filledWorkbook(miniCampaign, "CBCS01", miniValues("CBCS01", "CBCS", "CQ", 3)),
    filledWorkbook(miniCampaign, "CBCS02", miniValues("CBCS02", "CBCS", "DN", 4)),
  ];
}

describe("consolidation", () => {
  const run = runConsolidation({
    campaign: miniCampaign,
    workbooks: sampleWorkbooks(),
    asOf: AS_OF,
  });
  const t = run.consolidation.totals.B1;

  it("averages per person as a weighted mean, between the units' values", () => {
    // DN units are DBCS02 (k = 2) and CBCS02 (k = 4); their staff is 10k in 2019 and 12k in 2020.
    const expected2019 = ((5 + 2 / 4) * 20 + (5 + 4 / 4) * 40) / 60;
    const expected2020 = ((6.5 + 2 / 8) * 24 + (6.5 + 4 / 8) * 48) / 72;
    expect(t["8"]["2019"]).toBeCloseTo(expected2019, 12);
    expect(t["8"]["2020"]).toBeCloseTo(expected2020, 12);
    expect(t["8"]["2019"]).toBeGreaterThan(5.5);
    expect(t["8"]["2019"]).toBeLessThan(6);
    expect(run.consolidation.weightTotals["B1|8|2019"]).toBe(60);
    // The statistics' consolidated figure is the weighted mean, never a sum.
    const stat = run.plan.sheets.find((s) => s.name === "Thống kê")!;
    const rows = stat.blocks[0].cells.filter((r) => r[1]?.v === "8");
    expect(rows.map((r) => r[5].v)).toEqual([t["8"]["2019"], t["8"]["2020"]]);
    expect(rows[0][6].v).toBe("Bình quân theo 1");
  });

  it("sums, counts, and recomputes ratios from summed parts", () => {
    expect(t["1"]["2019"]).toBe(10 * (1 + 2 + 3 + 4));
    expect(t["2"]["2020"]).toBe(11 * 10);
    expect(t["3"]["2020"]).toBeCloseTo(110 / 120, 12); // not the mean of the units' ratios
    expect(t["4"]["2019"]).toBe(1 + 3); // agencies only
    expect(t["5"]["2019"]).toBeCloseTo(100.5 * 6, 9); // enterprises only
    expect(t["6"]["2020"]).toBe(2); // k = 1 and 3 said yes
    expect(t["7"]["2019"]).toBe(44); // max
    expect(run.consolidation.byLevel.DBCS.B1["1"]["2019"]).toBe(30);
    expect(run.consolidation.byType.DN.B1["1"]["2019"]).toBe(60);
  });

  it("concatenates lists naming each unit, and reports progress", () => {
    expect(run.consolidation.lists.L1.map((r) => r.unit.code)).toEqual([
      "DBCS01",
      "DBCS02",
      "CBCS01",
      "CBCS02",
    ]);
    expect(run.summary).toMatchObject({
      expected: 5,
      received: 4,
      onTime: 4,
      missing: 1,
      included: 4,
      errors: 0,
    });
  });

  it("writes live totals whose cached values are the engine's", () => {
    const detail = run.plan.sheets.find((s) => s.name === "TH_B1")!;
    const cells = detail.blocks[0].cells;
    const total = cells.find((r) => r[1].v === "Tổng cộng")!;
    const formulas = total.filter((c) => c.f);
    expect(formulas.length).toBeGreaterThan(10);
    expect(formulas.some((c) => c.f!.includes("SUBTOTAL(9,"))).toBe(true);
    const summary = run.plan.sheets.find((s) => s.name === "B1 Kết quả")!;
    const first = summary.blocks[0].cells.find((r) => r[0].v === "1")!;
    expect(first[3]).toMatchObject({ f: expect.stringMatching(/^'TH_B1'!/), v: 100 });
  });

  it("does not depend on the order the files arrive in", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(sampleWorkbooks(), { minLength: 4, maxLength: 4 }),
        (shuffled) => {
          const again = runConsolidation({
            campaign: miniCampaign,
            workbooks: shuffled,
            asOf: AS_OF,
          });
          expect(JSON.stringify(again.plan)).toBe(JSON.stringify(run.plan));
        },
      ),
      { numRuns: 10 },
    );
  });

  it("can leave out units with errors, saying so", () => {
    const bad = miniValues("CBCS01", "CBCS", "CQ", 3);
    bad.values!.B1["1.1"]["2019"] = -1;
    const wbs = sampleWorkbooks();
    wbs[2] = filledWorkbook(miniCampaign, "CBCS01", bad);
    const excluded = runConsolidation({
      campaign: miniCampaign,
      workbooks: wbs,
      asOf: AS_OF,
      excludeUnitsWithErrors: true,
    });
    expect(excluded.consolidation.units.map((u) => u.unit.code)).not.toContain("CBCS01");
    expect(excluded.findings.some((f) => f.code === "W_EXCLUDED" && f.unit === "CBCS01")).toBe(
      true,
    );
    const kept = runConsolidation({ campaign: miniCampaign, workbooks: wbs, asOf: AS_OF });
    expect(kept.consolidation.units.find((u) => u.unit.code === "CBCS01")?.errors).toBeGreaterThan(
      0,
    );
  });
});

describe("roll-up", () => {
  // Members report to one of two groups; a flat variant has the same members reporting directly.
  const members = Array.from({ length: 6 }, (_, i) => ({
    code: `M${i + 1}`,
    name: `Chi bộ ${i + 1}`,
    level: "CBTT",
    type: i % 2 ? "DN" : "CQ",
    parent: i < 3 ? "G1" : "G2",
    supervisor: "Đ/c A",
  }));
  const grouped: Campaign = campaignSchema.parse({
    ...miniCampaignInput,
    units: [
      { code: "G1", name: "Nhóm 1", level: "DBCS", type: "CQ", supervisor: "Đ/c A" },
      { code: "G2", name: "Nhóm 2", level: "DBCS", type: "CQ", supervisor: "Đ/c B" },
      ...members,
    ],
  });
  const flat: Campaign = campaignSchema.parse({
    ...miniCampaignInput,
    units: members.map((m) => ({ ...m, parent: undefined, level: "CBCS" })),
  });

  it("consolidating the two halves' appendices equals consolidating all units", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 6, maxLength: 6 }),
        (ks) => {
          const filled = members.map((m, i) =>
            miniValues(m.code, "CBTT", m.type as "CQ" | "DN", ks[i]),
          );
          const direct = runConsolidation({
            campaign: flat,
            workbooks: members.map((m, i) =>
              filledWorkbook(flat, m.code, {
                ...filled[i],
                info: { ...filled[i].info, level: "CBCS" },
              }),
            ),
            asOf: AS_OF,
          });
          const halves = ["G1", "G2"].map((g) => {
            const mine = members.map((m, i) => [m, i] as const).filter(([m]) => m.parent === g);
            const run = runConsolidation({
              campaign: grouped,
              forUnit: g,
              workbooks: mine.map(([m, i]) => filledWorkbook(grouped, m.code, filled[i])),
              asOf: AS_OF,
            });
            return { fileName: `${g}.xlsx`, sheets: planToGrids(run.plan) };
          });
          const rolled = runConsolidation({ campaign: grouped, workbooks: halves, asOf: AS_OF });
          expect(rolled.findings.filter((f) => f.severity === "error")).toEqual([]);
          // 8 is a weighted mean of the DN units: each half mixes CQ and DN units, so its staff
          // (indicator 1) is not the weight of its mean; the appendix keeps that weight.
          for (const code of ["1", "1.1", "2", "3", "4", "5", "6", "7", "8"]) {
            for (const col of ["2019", "2020"]) {
              const a = direct.consolidation.totals.B1[code][col];
              const b = rolled.consolidation.totals.B1[code][col];
              if (a === null) expect(b).toBeNull();
              else expect(b).toBeCloseTo(a, 9);
            }
          }
          expect(rolled.consolidation.lists.L1.length).toBe(6);
        },
      ),
      { numRuns: 15 },
    );
  });

  it("reads a consolidated appendix as the consolidating unit's submission", () => {
    const run = runConsolidation({
      campaign: grouped,
      forUnit: "G1",
      workbooks: members
        .slice(0, 3)
        .map((m, i) =>
          filledWorkbook(grouped, m.code, miniValues(m.code, "CBTT", m.type as "CQ" | "DN", i + 1)),
        ),
      asOf: AS_OF,
    });
    const { report, findings } = readUnitReport(
      { fileName: "G1.xlsx", sheets: planToGrids(run.plan) },
      grouped,
    );
    expect(report.unitCode).toBe("G1");
    expect(report.meta.kind).toBe("consolidated");
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(report.values.B1["1"]["2019"].v).toBe(60);
  });
});
