import type { Campaign, Unit } from "../model";

/**
 * The units expected to report to the consolidating body: the children of `forUnit` when given
 * (a đảng bộ cơ sở consolidating its chi bộ trực thuộc), else every unit without a parent whose
 * level has a report milestone (the Đảng bộ Khối receives from the grassroots committees).
 *
 * @example expectedUnits(campaign).every((u) => !u.parent)
 */
export function expectedUnits(campaign: Campaign, forUnit?: string): Unit[] {
  if (forUnit) return campaign.units.filter((u) => u.parent === forUnit);
  const reporting = new Set(
    campaign.levels.filter((l) => l.milestones.some((m) => m.id === "report")).map((l) => l.code),
  );
  return campaign.units.filter((u) => !u.parent && reporting.has(u.level));
}
