import { serialFromIso } from "../calendar/serial";
import { embeddedCampaign } from "../campaign/embedded";
import type { UnitReport } from "../model";
import { conferenceCalendar } from "./conferenceCalendar";

/** A report holding only what the calendar reads: the unit and its conference date. */
function report(unitCode: string, date?: string): UnitReport {
  return {
    unitCode,
    fileName: `${unitCode}.xlsx`,
    meta: {},
    info: date
      ? { conferenceDate: { v: serialFromIso(date), src: { file: "", sheet: "", cell: "" } } }
      : {},
    values: {},
    lists: {},
    anchors: {},
  };
}

describe("conferenceCalendar", () => {
  const units = ["DBCS01", "DBCS02", "DBCS03", "DBCS04", "CBCS01"].map((code) =>
    embeddedCampaign.units.find((u) => u.code === code)!,
  );
  const cal = conferenceCalendar(
    embeddedCampaign,
    units,
    [
      report("DBCS01", "2021-04-12"), // Monday
      report("DBCS02", "2021-04-18"), // Sunday of the same week
      report("CBCS01", "2021-04-20"), // the next week, after "trước ngày 15/4/2021"
      report("DBCS03"), // sent, without a date
    ],
    serialFromIso("2021-04-19"),
  );

  it("lists units without a date first, saying which sent nothing", () => {
    expect(cal.noDate.map((e) => [e.unit.code, e.notReceived])).toEqual([
      ["DBCS03", false],
      ["DBCS04", true],
    ]);
  });

  it("groups conferences by week from Monday, held before the as-of date, upcoming from it", () => {
    expect(
      cal.weeks.map((w) => ({
        monday: w.monday,
        entries: w.entries.map((e) => [e.unit.code, e.status, e.onTime]),
      })),
    ).toEqual([
      {
        monday: serialFromIso("2021-04-12"),
        entries: [
          ["DBCS01", "held", true],
          ["DBCS02", "held", true],
        ],
      },
      { monday: serialFromIso("2021-04-19"), entries: [["CBCS01", "upcoming", false]] },
    ]);
  });

  it("gives each supervising comrade their units, undated first", () => {
    const deputy = cal.bySupervisor.find((s) => s.supervisor === units[0].supervisor)!;
    expect(deputy.entries.map((e) => e.unit.code)).toEqual(["DBCS01", "DBCS02", "CBCS01"]);
    const all = cal.bySupervisor.flatMap((s) => s.entries.map((e) => e.unit.code)).sort();
    expect(all).toEqual(units.map((u) => u.code).sort());
  });
});
