import type { Campaign } from "../shared/model";

/** Kept on globalThis: the task pane's bundle and the functions' bundle share the JS context only. */
export const ACTIVE_CAMPAIGN_KEY = "__phulucActiveCampaign";

export type ActiveCampaignStore = { [ACTIVE_CAMPAIGN_KEY]?: Campaign };

/**
 * Makes `campaign` (the one the task pane works with) the one level codes resolve against;
 * undefined goes back to the embedded campaign. Kept apart from `activeCampaign` so the task
 * pane can call it without bundling the embedded campaign into its first load.
 *
 * @example setActiveCampaign(workbookCampaign)
 */
export function setActiveCampaign(campaign: Campaign | undefined): void {
  (globalThis as ActiveCampaignStore)[ACTIVE_CAMPAIGN_KEY] = campaign;
}
