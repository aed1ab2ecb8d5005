import type { Campaign, Unit } from "../model";
import { milestoneDue } from "../deadline/milestoneDue";
import { deadlineStatus, type DeadlineStatus } from "../deadline/deadlineStatus";
import { formatDeadlineStatus } from "../deadline/formatDeadlineStatus";

/** One line of the progress table. */
export interface ProgressRow {
  unit: Unit;
  file?: string;
  /** Due date (Excel serial) of the unit's report milestone. */
  due?: number;
  inclusive: boolean;
  submitted?: number;
  status: { kind: DeadlineStatus["kind"] | "noDate"; days: number };
  /** "Đúng hạn", "Trễ 3 ngày", "Còn 5 ngày", "Quá hạn 2 ngày", "Chưa ghi ngày gửi". */
  statusText: string;
  completion: number | null;
  errors: number;
  warnings: number;
  included: boolean;
}

export const NO_DATE_TEXT = "Chưa ghi ngày gửi";
/** Status of a unit whose file arrived but could not be read (it did send something). */
export const UNREADABLE_TEXT = "Tệp không đọc được";

/**
 * The deadline part of a progress row: due date of the unit's report milestone, and status as of
 * `asOf` for a submission date (received units) or none (missing units).
 */
export function deadlineOf(
  campaign: Campaign,
  unit: Unit,
  received: boolean,
  submitted: number | undefined,
  asOf: number,
): Pick<ProgressRow, "due" | "inclusive" | "status" | "statusText"> {
  const level = campaign.levels.find((l) => l.code === unit.level);
  const milestone = level?.milestones.find((m) => m.id === "report") ?? level?.milestones[0];
  if (!level || !milestone) {
    return { inclusive: false, status: { kind: "noDate", days: 0 }, statusText: "" };
  }
  const due = milestoneDue(campaign, level.code, milestone.id)!;
  if (received && submitted === undefined) {
    return {
      due: due.due,
      inclusive: due.inclusive,
      status: { kind: "noDate", days: 0 },
      statusText: NO_DATE_TEXT,
    };
  }
  const status = deadlineStatus(submitted, due.due, due.inclusive, asOf);
  return {
    due: due.due,
    inclusive: due.inclusive,
    status,
    statusText: formatDeadlineStatus(status, "vi"),
  };
}
