import { serialFromIso } from "../calendar/serial";
import type { Campaign, Milestone } from "../model";

export interface MilestoneDue {
  /**
   * Excel serial of the due date as written: when not inclusive ("trước ngày X") it is X, the
   * first day that is late; when inclusive it is the last day on time.
   */
  due: number;
  inclusive: boolean;
  asWritten: string;
  /** For a period ("tháng 3 và tháng 4 năm 2021"): its first and last day; due is the last. */
  window?: { from: number; to: number };
  milestone: Milestone;
}

/**
 * The due date of a level's milestone: "report" by default when the level has one, else
 * "conference". A window milestone is due on its last day, inclusive. Undefined for an unknown
 * level or milestone.
 *
 * @example milestoneDue(embeddedCampaign, "CBCS")?.due === 44321 // trước ngày 05/5/2021
 * @example milestoneDue(embeddedCampaign, "CBTT", "conference")?.window // { from: 44256, to: 44316 }
 */
export function milestoneDue(
  campaign: Campaign,
  levelCode: string,
  milestoneId?: string,
): MilestoneDue | undefined {
  const level = campaign.levels.find((l) => l.code === levelCode);
  if (!level) return undefined;
  const id =
    milestoneId ?? (level.milestones.some((m) => m.id === "report") ? "report" : "conference");
  const milestone = level.milestones.find((m) => m.id === id);
  if (!milestone) return undefined;
  const { asWritten } = milestone;
  if (milestone.due)
    return {
      due: serialFromIso(milestone.due),
      inclusive: milestone.inclusive,
      asWritten,
      milestone,
    };
  // The schema guarantees a window when there is no due date.
  const window = {
    from: serialFromIso(milestone.window!.from),
    to: serialFromIso(milestone.window!.to),
  };
  return { due: window.to, inclusive: true, asWritten, window, milestone };
}
