import { embeddedCampaign } from "../shared/campaign/embedded";
import type { Campaign } from "../shared/model";

/** Kept on globalThis: the task pane's bundle and the functions' bundle share the JS context only. */
const KEY = "__phulucActiveCampaign";

type Store = { [KEY]?: Campaign };

/**
 * Makes `campaign` (the one stored in the workbook, read by the task pane) the one level codes
 * resolve against; undefined goes back to the embedded campaign. Excel recalculates the cells only
 * when they are next computed: the task pane should ask for a recalculation after setting it.
 *
 * @example setActiveCampaign(workbookCampaign)
 */
export function setActiveCampaign(campaign: Campaign | undefined): void {
  (globalThis as Store)[KEY] = campaign;
}

/**
 * The campaign level codes resolve against: the workbook's, else the embedded one.
 *
 * @example activeCampaign().levels.map((l) => l.code) // ["DBCS", "CBCS", "CBTT", "DBK"]
 */
export function activeCampaign(): Campaign {
  return (globalThis as Store)[KEY] ?? embeddedCampaign;
}
