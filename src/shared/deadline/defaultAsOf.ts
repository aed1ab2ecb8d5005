import { serialFromIso } from "../calendar/serial";
import type { Campaign } from "../model";
import { lastDayOnTime } from "./deadlineStatus";
import { milestoneDue } from "./milestoneDue";

/** How long after its last deadline a campaign still counts as running (days). */
export const CAMPAIGN_GRACE_DAYS = 60;

/**
 * The campaign's own end for figures: its data cut-off date when it has one, else the last day
 * on time of its latest milestone (for the embedded campaign the Đảng bộ Khối's conference,
 * "trước ngày 30/5/2021" → 29/5/2021). Undefined for a campaign without dates.
 *
 * @example campaignEndSerial(embeddedCampaign) === 44345 // 29/05/2021
 */
export function campaignEndSerial(campaign: Campaign): number | undefined {
  if (campaign.cutoffDate) return serialFromIso(campaign.cutoffDate);
  let end: number | undefined;
  for (const level of campaign.levels) {
    for (const m of level.milestones) {
      const due = milestoneDue(campaign, level.code, m.id);
      if (!due) continue;
      const last = lastDayOnTime(due.due, due.inclusive);
      if (end === undefined || last > end) end = last;
    }
  }
  return end;
}

/**
 * The as-of date ("Tính đến ngày") a pane opens with: today while the campaign runs, but the
 * campaign's end once today is long past it, so an old campaign reads as it stood at its end
 * ("Quá hạn 25 ngày") rather than years later ("Quá hạn 2041 ngày").
 *
 * @example defaultAsOf(embeddedCampaign, serialFromIso("2021-05-06")) === 44322 // while it runs: today
 * @example defaultAsOf(embeddedCampaign, serialFromIso("2026-12-05")) === 44345 // long past: its end
 */
export function defaultAsOf(campaign: Campaign, today: number): number {
  const end = campaignEndSerial(campaign);
  return end !== undefined && today > end + CAMPAIGN_GRACE_DAYS ? end : today;
}
