import { formatDeadlineStatus } from "../../shared/deadline/formatDeadlineStatus";
import { UNREADABLE_TEXT, type ProgressRow } from "../../shared/validate/progress";
import type { Language, StringKey } from "../strings";

/**
 * A progress row's status in the pane's language (the core's `statusText` is the Vietnamese of
 * the printed appendix).
 *
 * @example statusText({ status: { kind: "overdue", days: 2 }, … }, "en", t) === "Overdue by 2 days"
 */
export function statusText(
  row: ProgressRow,
  lang: Language,
  t: (key: StringKey) => string,
): string {
  if (row.status.kind === "noDate") {
    if (row.statusText === UNREADABLE_TEXT) return t("statusUnreadable");
    return row.file === undefined ? "" : t("legendNoDate");
  }
  return formatDeadlineStatus({ kind: row.status.kind, days: row.status.days }, lang);
}
