import fc from "fast-check";
import { miniCampaignInput } from "../../../test/fixtures/miniCampaign";
import { serialFromIso } from "../calendar/serial";
import { embeddedCampaign } from "../campaign/embedded";
import { campaignSchema } from "../model";
import { daysLeft, deadlineStatus, isOnTime, lastDayOnTime } from "./deadlineStatus";
import { formatDeadlineStatus } from "./formatDeadlineStatus";
import { milestoneDue } from "./milestoneDue";

const d = serialFromIso;

/** A campaign of our own: one level per way of writing a milestone. */
const campaign = campaignSchema.parse({
  ...miniCampaignInput,
  levels: [
    {
      code: "A",
      name: "Chỉ có hội nghị",
      milestones: [
        {
          id: "conference",
          label: "Hội nghị",
          asWritten: "trước ngày 15/4/2021",
          due: "2021-04-15",
        },
      ],
    },
    {
      code: "B",
      name: "Hội nghị và báo cáo",
      milestones: [
        {
          id: "conference",
          label: "Hội nghị",
          asWritten: "Quý II năm 2021",
          window: { from: "2021-04-01", to: "2021-06-30" },
        },
        {
          id: "report",
          label: "Báo cáo",
          asWritten: "đến hết ngày 05/5/2021",
          due: "2021-05-05",
          inclusive: true,
        },
      ],
    },
  ],
  units: [],
});

describe("milestoneDue", () => {
  it("defaults to the report, else the conference", () => {
    expect(milestoneDue(campaign, "A")).toMatchObject({
      due: d("2021-04-15"),
      inclusive: false,
      asWritten: "trước ngày 15/4/2021",
    });
    expect(milestoneDue(campaign, "B")).toMatchObject({ due: d("2021-05-05"), inclusive: true });
    expect(milestoneDue(campaign, "B")?.window).toBeUndefined();
  });
  it("reads a window as due on its last day, inclusive, and gives the window", () => {
    expect(milestoneDue(campaign, "B", "conference")).toMatchObject({
      due: d("2021-06-30"),
      inclusive: true,
      asWritten: "Quý II năm 2021",
      window: { from: d("2021-04-01"), to: d("2021-06-30") },
    });
  });
  it("is undefined for an unknown level or milestone", () => {
    expect(milestoneDue(campaign, "XX")).toBeUndefined();
    expect(milestoneDue(campaign, "A", "report")).toBeUndefined();
  });
  it("reads the embedded campaign's milestones as the plan writes them", () => {
    expect(milestoneDue(embeddedCampaign, "CBCS")).toMatchObject({
      due: d("2021-05-05"),
      inclusive: false,
    });
    expect(milestoneDue(embeddedCampaign, "CBCS", "conference")).toMatchObject({
      due: d("2021-04-15"),
      inclusive: false,
    });
    expect(milestoneDue(embeddedCampaign, "DBCS", "conference")?.due).toBe(d("2021-04-30"));
    expect(milestoneDue(embeddedCampaign, "DBK")).toMatchObject({
      due: d("2021-05-30"),
      inclusive: false,
    });
    expect(milestoneDue(embeddedCampaign, "CBTT", "conference")).toMatchObject({
      due: d("2021-04-30"),
      inclusive: true,
      window: { from: d("2021-03-01"), to: d("2021-04-30") },
    });
  });
});

describe("on time, late, left, overdue", () => {
  const due = d("2021-05-05");
  it('reads "trước ngày X" literally: X itself is late, by one day', () => {
    expect(lastDayOnTime(due, false)).toBe(d("2021-05-04"));
    expect(isOnTime(d("2021-05-04"), due, false)).toBe(true);
    expect(isOnTime(d("2021-05-05"), due, false)).toBe(false);
    expect(isOnTime(d("2021-05-05"), due, true)).toBe(true);
    expect(isOnTime(d("2021-05-05") + 0.99, due, true)).toBe(true); // a time of day does not matter
    expect(deadlineStatus(d("2021-05-05"), due, false, d("2021-06-01"))).toEqual({
      kind: "late",
      days: 1,
    });
    expect(deadlineStatus(d("2021-05-07"), due, false, d("2021-06-01"))).toEqual({
      kind: "late",
      days: 3,
    });
    expect(deadlineStatus(d("2021-05-07"), due, true, d("2021-06-01"))).toEqual({
      kind: "late",
      days: 2,
    });
  });

  it("gives the status on both sides of the milestone, as office staff write it", () => {
    const status = (sent: string | undefined, asOf: string, lang: "vi" | "en" = "vi") =>
      formatDeadlineStatus(deadlineStatus(sent ? d(sent) : undefined, due, false, d(asOf)), lang);
    expect(status("2021-05-04", "2021-05-20")).toBe("Đúng hạn");
    expect(status("2021-05-05", "2021-05-20")).toBe("Trễ 1 ngày");
    expect(status(undefined, "2021-04-20")).toBe("Còn 14 ngày");
    expect(status(undefined, "2021-05-04")).toBe("Còn 0 ngày");
    expect(status(undefined, "2021-05-06")).toBe("Quá hạn 2 ngày");
    expect(status("2021-05-04", "2021-05-20", "en")).toBe("On time");
    expect(status("2021-05-06", "2021-05-20", "en")).toBe("Late by 2 days");
    expect(status(undefined, "2021-05-03", "en")).toBe("1 day left");
    expect(status(undefined, "2021-05-05", "en")).toBe("Overdue by 1 day");
    expect(daysLeft(due, d("2021-04-20"))).toBe(15);
    expect(daysLeft(due, d("2021-05-10"))).toBe(-5);
  });

  it("is consistent: on time exactly when the status says so; days are never negative", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: d("2021-01-01"), max: d("2021-12-31") }),
        fc.option(fc.integer({ min: d("2021-01-01"), max: d("2021-12-31") }), { nil: undefined }),
        fc.integer({ min: d("2021-01-01"), max: d("2021-12-31") }),
        fc.boolean(),
        (dueDay, sent, asOf, inclusive) => {
          const st = deadlineStatus(sent, dueDay, inclusive, asOf);
          expect(st.days).toBeGreaterThanOrEqual(0);
          if (sent !== undefined)
            expect(st.kind === "onTime").toBe(isOnTime(sent, dueDay, inclusive));
          else
            expect(st.kind === "left" ? st.days : -st.days).toBe(
              daysLeft(lastDayOnTime(dueDay, inclusive), asOf),
            );
        },
      ),
    );
  });
});
