import type { Campaign, Unit } from "../model";
import { expectedUnits } from "../validate/expectedUnits";

/**
 * The campaign with a registry of `n` reporting units, cloned round-robin from its own expected
 * units (codes U0001…), for benchmarks and load tests. The rest of the campaign is unchanged.
 *
 * @example scaleCampaign(embeddedCampaign, 1000).units.length // 1000 + the non-reporting units
 */
export function scaleCampaign(campaign: Campaign, n: number): Campaign {
  const models = expectedUnits(campaign);
  if (models.length === 0) throw new Error("Đợt báo cáo không có đơn vị nào phải gửi báo cáo.");
  const width = String(n).length;
  const clones: Unit[] = Array.from({ length: n }, (_, i) => {
    const model = models[i % models.length];
    const code = `U${String(i + 1).padStart(Math.max(4, width), "0")}`;
    return { ...model, code, name: `${model.name} (${code})` };
  });
  const others = campaign.units.filter((u) => !models.includes(u) && !u.parent);
  return { ...campaign, units: [...clones, ...others] };
}
