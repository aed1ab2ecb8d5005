import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import { campaignSchema, type Campaign } from "../../src/shared/model";

/**
 * The campaigns the corpus files were made for. The embedded outline has no percentage typed by
 * hand (its ratios are formulas recomputed from counts), so the percent cases use the embedded
 * campaign plus one typed percentage at the end of B1.
 */
export type CorpusCampaign = "embedded" | "percent";

/** Code of the typed percentage added to B1 in the "percent" campaign. */
export const TYPED_PERCENT = "12";

function withTypedPercent(base: Campaign): Campaign {
  const input = JSON.parse(JSON.stringify(base)) as Campaign;
  const b1 = input.outline.sheets.find((s) => s.id === "B1");
  if (b1?.kind !== "indicators") throw new Error("no B1 indicator sheet");
  b1.indicators.push({
    code: TYPED_PERCENT,
    label: "Tỷ lệ cán bộ, đảng viên hài lòng với môi trường làm việc (theo khảo sát)",
    unit: "%",
    type: "percent",
    min: 0,
    max: 1,
    required: true,
    aggregation: "mean",
    sumOfChildren: false,
    heading: false,
  });
  return campaignSchema.parse(input);
}

export const corpusCampaigns: Record<CorpusCampaign, Campaign> = {
  embedded: embeddedCampaign,
  percent: withTypedPercent(embeddedCampaign),
};
