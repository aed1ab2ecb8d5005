import { serialFromIso } from "../calendar/serial";
import { embeddedCampaign } from "../campaign/embedded";
import { daysLeft, deadlineStatus, isOnTime } from "./deadlineStatus";
import { formatDeadlineStatus } from "./formatDeadlineStatus";
import { milestoneDue } from "./milestoneDue";

const d = serialFromIso;

describe("deadlines of the embedded campaign", () => {
  it("reads each level's milestones as the plan writes them", () => {
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
    });
    expect(milestoneDue(embeddedCampaign, "XX")).toBeUndefined();
  });
  it('reads "trước ngày X" literally: X itself is late', () => {
    const due = d("2021-05-05");
    expect(isOnTime(d("2021-05-04"), due, false)).toBe(true);
    expect(isOnTime(d("2021-05-05"), due, false)).toBe(false);
    expect(isOnTime(d("2021-05-05"), due, true)).toBe(true);
  });
  it("gives the status on both sides of the milestone", () => {
    const due = d("2021-05-05");
    const status = (sent: string | undefined, asOf: string) =>
      formatDeadlineStatus(deadlineStatus(sent ? d(sent) : undefined, due, false, d(asOf)), "vi");
    expect(status("2021-05-04", "2021-05-20")).toBe("Đúng hạn");
    expect(status("2021-05-05", "2021-05-20")).toBe("Trễ 1 ngày");
    expect(status(undefined, "2021-04-20")).toBe("Còn 14 ngày");
    expect(status(undefined, "2021-05-04")).toBe("Còn 0 ngày");
    expect(status(undefined, "2021-05-06")).toBe("Quá hạn 2 ngày");
    expect(formatDeadlineStatus({ kind: "left", days: 1 }, "en")).toBe("1 day left");
    expect(daysLeft(due, d("2021-04-20"))).toBe(15);
  });
});
