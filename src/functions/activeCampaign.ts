import { embeddedCampaign } from "../shared/campaign/embedded";
import type { Campaign } from "../shared/model";
import { ACTIVE_CAMPAIGN_KEY, type ActiveCampaignStore } from "./activeCampaignStore";

export { setActiveCampaign } from "./activeCampaignStore";

/**
 * The campaign level codes resolve against: the workbook's, else the embedded one.
 *
 * @example activeCampaign().levels.map((l) => l.code) // ["DBCS", "CBCS", "CBTT", "DBK"]
 */
export function activeCampaign(): Campaign {
  return (globalThis as ActiveCampaignStore)[ACTIVE_CAMPAIGN_KEY] ?? embeddedCampaign;
}
