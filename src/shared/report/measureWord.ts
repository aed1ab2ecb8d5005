import type { Indicator } from "../model";
import { normalizeLabel } from "../text";

/** Units of measure a report counts with another word (compared without case or accents). */
const SPOKEN: Record<string, string> = {
  [normalizeLabel("Đảng viên")]: "đồng chí",
  [normalizeLabel("Có/Không")]: "",
  [normalizeLabel("%")]: "",
};

/**
 * The word a report puts after a count of the indicator: "đồng chí" for party members, the unit
 * of measure in lower case otherwise ("cuộc", "văn bản", "lượt người").
 *
 * @example measureWord({ unit: "Đảng viên" }) === "đồng chí"
 * @example measureWord({ unit: "Tin, bài" }) === "tin, bài"
 */
export function measureWord(ind: Pick<Indicator, "unit">): string {
  return SPOKEN[normalizeLabel(ind.unit)] ?? ind.unit.trim().toLocaleLowerCase("vi");
}
