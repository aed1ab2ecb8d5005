import { serialFromIso } from "../calendar/serial";
import type { Campaign, Milestone } from "../model";

export interface MilestoneDue {
  /** Excel serial of the due date: the first late day unless inclusive, else the last day on time. */
  due: number;
  inclusive: boolean;
  asWritten: string;
  milestone: Milestone;
}

/**
 * The due date of a level's milestone ("report" by default when the level has one, else
 * "conference"); a window milestone is due at its end, inclusive. Undefined for an unknown level
 * or milestone.
 *
 * @example milestoneDue(embeddedCampaign, "CBCS")?.due === 44321 // trước ngày 05/5/2021
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
  if (milestone.due)
    return {
      due: serialFromIso(milestone.due),
      inclusive: milestone.inclusive,
      asWritten: milestone.asWritten,
      milestone,
    };
  return {
    due: serialFromIso(milestone.window!.to),
    inclusive: true,
    asWritten: milestone.asWritten,
    milestone,
  };
}
