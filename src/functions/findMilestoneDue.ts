import { milestoneDue, type MilestoneDue } from "../shared/deadline/milestoneDue";
import type { Campaign } from "../shared/model";
import { normalizeLabel } from "../shared/text/normalizeLabel";
import { fail } from "./fail";
import { isBlank } from "./isBlank";

/** Words people write for a milestone instead of its id. */
const MILESTONE_WORDS: Record<string, string> = {
  report: "report",
  "bao cao": "report",
  conference: "conference",
  "hoi nghi": "conference",
};

/**
 * A level's milestone in a campaign, the level code read without regard to case and the milestone
 * given as its id ("report", "conference"), in Vietnamese ("báo cáo", "hội nghị") or by its label;
 * the level's default milestone when blank. Unknown level or milestone → #N/A.
 *
 * @example findMilestoneDue(embeddedCampaign, "cbcs", "hội nghị").due === 44301 // trước ngày 15/4/2021
 */
export function findMilestoneDue(
  campaign: Campaign,
  levelCode: string,
  milestone?: unknown,
): MilestoneDue {
  const wanted = levelCode.trim().toUpperCase();
  const level = campaign.levels.find((l) => l.code.toUpperCase() === wanted);
  if (!level)
    fail("notAvailable", {
      vi: `Không có cấp "${levelCode}" (có: ${campaign.levels.map((l) => l.code).join(", ")})`,
      en: `No level "${levelCode}" (levels: ${campaign.levels.map((l) => l.code).join(", ")})`,
    });
  let id: string | undefined;
  if (!isBlank(milestone)) {
    const key = normalizeLabel(String(milestone));
    id = MILESTONE_WORDS[key] ?? level.milestones.find((m) => normalizeLabel(m.label) === key)?.id;
  }
  const found = isBlank(milestone) || id ? milestoneDue(campaign, level.code, id) : undefined;
  if (!found)
    fail("notAvailable", {
      vi: `Cấp ${level.code} không có mốc "${String(milestone)}" (có: ${level.milestones.map((m) => m.id).join(", ")})`,
      en: `Level ${level.code} has no milestone "${String(milestone)}" (milestones: ${level.milestones.map((m) => m.id).join(", ")})`,
    });
  return found;
}
