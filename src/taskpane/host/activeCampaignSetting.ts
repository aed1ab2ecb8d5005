import { setActiveCampaign } from "../../functions/activeCampaignStore";
import type { Campaign } from "../../shared/model";

/** The workbook setting that keeps the campaign the PHULUC functions resolve level codes against. */
export const ACTIVE_CAMPAIGN_SETTING = "phuluc.activeCampaign";

/**
 * Makes `campaign` the one the PHULUC functions use, in memory and with the workbook: kept in the
 * workbook's settings (Workbook.settings, ExcelApi 1.4, saved with the file) so a reopened workbook
 * computes with it, not with the embedded campaign; then, when it changed, a full recalculation
 * so every DEADLINE, ONTIME, TIMELINESS, WORKDAYVN, NETWORKDAYSVN, ISHOLIDAY and LUNAR cell is
 * computed again: Excel recalculates a non-volatile custom function only when its arguments change
 * (`volatile`, https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#options),
 * and `Full` "forces a full calculation of the data"
 * (https://learn.microsoft.com/javascript/api/excel/excel.calculationtype). One sync when nothing
 * changed, two otherwise. Returns whether the workbook's campaign changed.
 *
 * @example await keepActiveCampaign(campaign) // true the first time, false after
 */
export async function keepActiveCampaign(campaign: Campaign): Promise<boolean> {
  setActiveCampaign(campaign);
  return Excel.run(async (context) => {
    const settings = context.workbook.settings;
    const stored = settings.getItemOrNullObject(ACTIVE_CAMPAIGN_SETTING);
    stored.load("value");
    await context.sync();
    const json = JSON.stringify(campaign);
    if (!stored.isNullObject && stored.value === json) return false;
    settings.add(ACTIVE_CAMPAIGN_SETTING, json);
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
    return true;
  });
}

/**
 * The campaign kept with the workbook, as stored (the caller checks it against the schema), or
 * undefined when there is none.
 *
 * @example const stored = await readStoredCampaign(); // unknown | undefined
 */
export async function readStoredCampaign(): Promise<unknown> {
  return Excel.run(async (context) => {
    const stored = context.workbook.settings.getItemOrNullObject(ACTIVE_CAMPAIGN_SETTING);
    stored.load("value");
    await context.sync();
    if (stored.isNullObject || typeof stored.value !== "string") return undefined;
    try {
      return JSON.parse(stored.value);
    } catch {
      return undefined;
    }
  });
}
