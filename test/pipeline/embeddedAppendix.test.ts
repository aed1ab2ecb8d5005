/**
 * The demo's consolidated appendix (embedded campaign, generated sample units), checked for what
 * its labels say: B2 indicator 18 (income per worker) is a weighted mean by staff, and the
 * statistics sheet sums no ratio or mean.
 */
import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import { serialFromIso } from "../../src/shared/calendar/serial";
import { isRateOrAverage } from "../../src/shared/outline/indicators";
import { runConsolidation } from "../../src/shared/pipeline/runConsolidation";
import type { IndicatorSheet } from "../../src/shared/model";
import { sampleWorkbooks } from "../../src/taskpane/preview/sampleWorkbooks";

describe("the demo's consolidated appendix", () => {
  const workbooks = sampleWorkbooks(embeddedCampaign);
  const run = runConsolidation({
    campaign: embeddedCampaign,
    workbooks,
    asOf: serialFromIso("2021-05-06"),
  });
  const c = run.consolidation;
  const b2 = embeddedCampaign.outline.sheets.find((s) => s.id === "B2") as IndicatorSheet;
  const income = b2.indicators.find((i) => i.code === "18")!;

  it("weighs B2 18, income per worker, by the number of workers, every year", () => {
    expect(income.aggregation).toEqual({ weightedMean: { weight: "1" } });
    b2.columns.forEach((col, k) => {
      let product = 0;
      let weight = 0;
      const values: number[] = [];
      c.units.forEach((_, i) => {
        const v = c.perUnit[i].B2?.["18"]?.[k];
        const w = c.weights[i].B2?.["18"]?.[k];
        if (typeof v !== "number" || typeof w !== "number") return;
        values.push(v);
        product += v * w;
        weight += w;
      });
      expect(values.length).toBeGreaterThan(10);
      const total = c.totals.B2["18"][col.id] as number;
      expect(total).toBeCloseTo(product / weight, 9);
      expect(total).toBeGreaterThanOrEqual(Math.min(...values));
      expect(total).toBeLessThanOrEqual(Math.max(...values));
      // Within the outline's own bound, so the appendix reads back one level up without errors.
      expect(total).toBeLessThanOrEqual(income.max ?? Infinity);
    });
  });

  it("shows in Thống kê the recomputed figure of every ratio and mean, and says how", () => {
    const stat = run.plan.sheets.find((s) => s.name === "Thống kê")!;
    const rows = stat.blocks.flatMap((b) => b.cells).filter((r) => r[0]?.v === "B2");
    expect(rows.length).toBeGreaterThan(20);
    let compared = 0;
    for (const r of rows) {
      const ind = b2.indicators.find((i) => i.code === r[1]?.v)!;
      const col = b2.columns.find((x) => x.header === r[3]?.v || x.id === r[3]?.v);
      const how = String(r[6]?.v);
      if (isRateOrAverage(ind))
        expect({ code: ind.code, how }).not.toEqual({ code: ind.code, how: "Cộng" });
      if (col && typeof r[5]?.v === "number" && ++compared)
        expect({ code: ind.code, figure: r[5].v }).toEqual({
          code: ind.code,
          figure: c.totals.B2[ind.code][col.id],
        });
    }
    expect(compared).toBeGreaterThan(20);
    const ratios = rows.filter((r) => String(r[6]?.v).startsWith("Tỷ lệ tính lại"));
    const means = rows.filter((r) => String(r[6]?.v).startsWith("Bình quân theo"));
    expect(ratios.length).toBeGreaterThan(0);
    expect(means.length).toBe(b2.columns.length);
    // A ratio's figure is a fraction of 1 (its parts summed, then divided), never a sum of ratios.
    for (const r of ratios) expect(r[5].v as number).toBeLessThanOrEqual(1.5);
  });
});
