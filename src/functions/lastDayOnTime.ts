import { lastDayOnTime as lastDayOf } from "../shared/deadline/deadlineStatus";
import { parseDateText } from "../shared/text/parseDateText";
import { activeCampaign } from "./activeCampaign";
import { findMilestoneDue } from "./findMilestoneDue";
import type { Bilingual } from "./localized";
import { toSerial } from "./toSerial";

const NUMBER_TEXT = /^\s*[+-]?\d+(?:\.\d+)?\s*$/;

/**
 * Whether an argument is a level code rather than a date or a number.
 *
 * @example isLevelCode("CBCS") === true
 * @example isLevelCode("05/5/2021") === false
 */
export function isLevelCode(value: unknown): value is string {
  return (
    typeof value === "string" &&
    value.trim() !== "" &&
    !NUMBER_TEXT.test(value) &&
    !parseDateText(value.trim())
  );
}

/**
 * The last day still on time for a deadline argument: a level code ("CBCS") gives its default
 * milestone with the milestone's own reading ("trước ngày 05/5/2021" → 04/5/2021); a date (what
 * DEADLINE returns, or one typed in) is itself the last day on time.
 *
 * @example lastDayOnTime("CBCS", { vi: "hạn", en: "due" }) === 44320 // 04/5/2021
 * @example lastDayOnTime(44321, { vi: "hạn", en: "due" }) === 44321
 */
export function lastDayOnTime(value: unknown, what: Bilingual): number {
  if (isLevelCode(value)) {
    const found = findMilestoneDue(activeCampaign(), value);
    return lastDayOf(found.due, found.inclusive);
  }
  return toSerial(value, what);
}
