import { weekdayOfSerial } from "../calendar/serial";
import { isOnTime } from "../deadline/deadlineStatus";
import { milestoneDue } from "../deadline/milestoneDue";
import type { Campaign, Unit, UnitReport } from "../model";
import { CONFERENCE_FIELD } from "./coverageFigures";

/** One unit's conference: its date when the unit gave one, and how it stands. */
export interface ConferenceEntry {
  unit: Unit;
  /** Excel serial of the conference, when the unit's report gives one. */
  date?: number;
  /** Before the as-of date: held; from it on: upcoming. */
  status: "noDate" | "held" | "upcoming";
  /** Whether the date keeps the level's conference milestone (undefined without date or milestone). */
  onTime?: boolean;
  /** The unit sent nothing yet (so no date can be known). */
  notReceived: boolean;
}

/** The conferences of one week, Monday to Sunday. */
export interface ConferenceWeek {
  /** Serial of the Monday. */
  monday: number;
  entries: ConferenceEntry[];
}

export interface ConferenceCalendar {
  /** Units that have not set a date (or sent nothing yet): listed first, for the office to call. */
  noDate: ConferenceEntry[];
  /** Weeks in date order, each with its conferences by date. */
  weeks: ConferenceWeek[];
  /** Each supervisor's (Đ/c phụ trách) units: those without a date first, then by date. */
  bySupervisor: Array<{ supervisor: string; entries: ConferenceEntry[] }>;
}

/**
 * The calendar of the units' conferences, from the date each report gives ("Ngày tổ chức hội
 * nghị sơ kết"), so the Standing Committee's working groups can plan which to attend: by week
 * and by supervising comrade, upcoming and held as of `asOf`, units without a date first.
 * Expected units come in the registry order given; a unit without a report has no date.
 *
 * @example
 * const cal = conferenceCalendar(campaign, expectedUnits(campaign), run.reports, asOf);
 * cal.noDate.map((e) => e.unit.code); cal.weeks[0].entries[0].date
 */
export function conferenceCalendar(
  campaign: Campaign,
  units: readonly Unit[],
  reports: readonly UnitReport[],
  asOf: number,
): ConferenceCalendar {
  const byCode = new Map(reports.filter((r) => r.unitCode).map((r) => [r.unitCode!, r]));
  const entries = units.map((unit): ConferenceEntry => {
    const report = byCode.get(unit.code);
    const v = report?.info[CONFERENCE_FIELD]?.v;
    if (typeof v !== "number") return { unit, status: "noDate", notReceived: !report };
    const date = Math.floor(v);
    const due = milestoneDue(campaign, unit.level, "conference");
    return {
      unit,
      date,
      status: date < asOf ? "held" : "upcoming",
      onTime: due ? isOnTime(date, due.due, due.inclusive) : undefined,
      notReceived: false,
    };
  });
  const dated = entries.filter((e) => e.date !== undefined).sort((a, b) => a.date! - b.date!);
  const weeks: ConferenceWeek[] = [];
  for (const e of dated) {
    const monday = e.date! - ((weekdayOfSerial(e.date!) + 6) % 7);
    const last = weeks[weeks.length - 1];
    if (last?.monday === monday) last.entries.push(e);
    else weeks.push({ monday, entries: [e] });
  }
  const noDate = entries.filter((e) => e.date === undefined);
  const supervisors = [...new Set(units.map((u) => u.supervisor))];
  return {
    noDate,
    weeks,
    bySupervisor: supervisors.map((supervisor) => ({
      supervisor,
      entries: [...noDate, ...dated].filter((e) => e.unit.supervisor === supervisor),
    })),
  };
}
