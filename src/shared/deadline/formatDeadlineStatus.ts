import type { DeadlineStatus } from "./deadlineStatus";

/**
 * The status as office staff write it.
 *
 * @example formatDeadlineStatus({ kind: "late", days: 3 }, "vi") === "Trễ 3 ngày"
 * @example formatDeadlineStatus({ kind: "left", days: 1 }, "en") === "1 day left"
 */
export function formatDeadlineStatus(status: DeadlineStatus, lang: "vi" | "en"): string {
  const n = status.days;
  if (lang === "vi") {
    switch (status.kind) {
      case "onTime":
        return "Đúng hạn";
      case "late":
        return `Trễ ${n} ngày`;
      case "left":
        return `Còn ${n} ngày`;
      case "overdue":
        return `Quá hạn ${n} ngày`;
    }
  }
  const days = `${n} day${n === 1 ? "" : "s"}`;
  switch (status.kind) {
    case "onTime":
      return "On time";
    case "late":
      return `Late by ${days}`;
    case "left":
      return `${days} left`;
    case "overdue":
      return `Overdue by ${days}`;
  }
}
