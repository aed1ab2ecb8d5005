import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { miniCampaignInput } from "../fixtures/miniCampaign";
import { phuluc } from "../cli/phuluc";

describe("phuluc calendar", () => {
  it("gives 2021 as JSON: Tết, holidays with Vietnamese names, 250 working days", () => {
    const r = phuluc(["calendar", "2021", "--json"]);
    expect(r.code).toBe(0);
    const { calendar } = JSON.parse(r.stdout);
    expect(Object.keys(calendar)).toEqual(["year", "lunarNewYear", "holidays", "workingDays"]);
    expect(calendar.year).toBe(2021);
    expect(calendar.lunarNewYear).toBe("2021-02-12");
    expect(calendar.workingDays).toBe(250);
    expect(calendar.holidays).toHaveLength(14);
    expect(calendar.holidays).toContainEqual({ date: "2021-04-21", name: "Giỗ Tổ Hùng Vương" });
    expect(calendar.holidays).toContainEqual({ date: "2021-04-30", name: "Ngày Chiến thắng" });
    expect(calendar.holidays).toContainEqual({
      date: "2021-05-03",
      name: "Nghỉ bù Ngày Quốc tế Lao động",
    });
    expect(
      calendar.holidays.filter((h: { name: string }) => h.name === "Tết Nguyên đán"),
    ).toHaveLength(5);
  });

  it("prints a Vietnamese table with weekdays and lunar dates, and the Saturdays worked", () => {
    const r = phuluc(["calendar", "2026"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Tết Nguyên đán (mùng 1 tháng Giêng): Thứ Ba 17/02/2026");
    expect(r.stdout).toMatch(/Chủ nhật\s+26\/04\/2026\s+10\/3\/2026 ÂL\s+Giỗ Tổ Hùng Vương/);
    expect(r.stdout).toContain("Thứ Bảy 22/08/2026, bù cho ngày 31/08/2026");
    expect(r.stdout).toContain("Số ngày làm việc trong năm: 250");
    expect(r.stdout).toContain("9441/TB-BNV");
  });

  it("refuses a year it cannot answer, with exit code 2", () => {
    const r = phuluc(["calendar", "21"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Năm không hợp lệ");
  });
});

describe("phuluc deadlines", () => {
  it("shows the embedded campaign's milestones seen from 28/4/2021 (ISO or dd/mm/yyyy)", () => {
    const iso = phuluc(["deadlines", "--as-of", "2021-04-28", "--json"]);
    const dmy = phuluc(["deadlines", "--as-of", "28/04/2021", "--json"]);
    expect(iso.code).toBe(0);
    expect(dmy.stdout).toBe(iso.stdout);
    const { deadlines } = JSON.parse(iso.stdout);
    expect(deadlines.asOf).toBe("2021-04-28");
    const find = (level: string, id: string) =>
      deadlines.levels
        .find((l: { code: string }) => l.code === level)
        .milestones.find((m: { id: string }) => m.id === id);

    // "trước ngày 05/5/2021": last day 04/5; 29/4 and 04/5 are the working days left.
    expect(find("CBCS", "report")).toMatchObject({
      due: "2021-05-05",
      inclusive: false,
      lastDayOnTime: "2021-05-04",
      daysLeft: 7,
      workingDaysLeft: 2,
      status: { kind: "left", days: 6, text: "Còn 6 ngày", textEn: "6 days left" },
    });
    expect(find("CBCS", "report").asWritten).toContain("trước ngày 05/5/2021");
    // The conference was due before 15/4: overdue by 14 days, 9 working days (21/4 is Giỗ Tổ).
    expect(find("CBCS", "conference")).toMatchObject({
      workingDaysLeft: -9,
      status: { kind: "overdue", days: 14, text: "Quá hạn 14 ngày" },
    });
    // The branches' window ends on 30/4, a holiday: the last working day is 29/4.
    expect(find("CBTT", "conference")).toMatchObject({
      window: { from: "2021-03-01", to: "2021-04-30" },
      lastDayOnTime: "2021-04-30",
      lastDayOff: "Ngày Chiến thắng",
      lastWorkingDayOnTime: "2021-04-29",
      workingDaysLeft: 1,
    });
    // "trước ngày 30/5/2021": the last day is Saturday 29/5, so Friday 28/5 is the last working day.
    expect(find("DBK", "conference")).toMatchObject({
      lastDayOnTime: "2021-05-29",
      lastDayOff: "Thứ Bảy",
      lastWorkingDayOnTime: "2021-05-28",
      workingDaysLeft: 20,
    });
  });

  it("prints the plan's words and counts for a campaign file with extra holidays", () => {
    const dir = mkdtempSync(join(tmpdir(), "phuluc-deadlines-"));
    try {
      const file = join(dir, "campaign.json");
      writeFileSync(
        file,
        JSON.stringify({
          ...miniCampaignInput,
          calendar: { extraHolidays: [{ date: "2021-05-04", name: "Nghỉ theo lịch cơ quan" }] },
        }),
      );
      const json = JSON.parse(
        phuluc(["deadlines", "-c", file, "--as-of", "2021-04-28", "--json"]).stdout,
      );
      const report = json.deadlines.levels[0].milestones[0];
      // 04/5 is now a day off: only 29/4 is left, and the last working day is 29/4.
      expect(report).toMatchObject({
        lastDayOff: "Nghỉ theo lịch cơ quan",
        lastWorkingDayOnTime: "2021-04-29",
        workingDaysLeft: 1,
      });
      const text = phuluc(["deadlines", "-c", file, "--as-of", "2021-04-28"]).stdout;
      expect(text).toContain("Các mốc thời hạn, tính đến Thứ Tư 28/04/2021");
      expect(text).toContain('"trước ngày 05/5/2021"');
      expect(text).toContain("Còn 6 ngày (còn 1 ngày làm việc)");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a date it cannot read", () => {
    const r = phuluc(["deadlines", "--as-of", "hôm qua"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Ngày không hợp lệ");
  });
});
