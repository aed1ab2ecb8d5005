import { HOLIDAY_TABLE } from "./holidayTable";
import { holidaysOfYear, lunarNewYear } from "./holidays";
import { isoFromSerial, serialFromIso } from "./serial";
import { isWorkingDay, networkDays } from "./workingDays";

const dates = (year: number) => holidaysOfYear(year).map((h) => h.date);
const weekdaysOff = (year: number) =>
  holidaysOfYear(year).filter((h) => {
    const w = new Date(h.date).getUTCDay();
    return w !== 0 && w !== 6;
  }).length;

describe("statutory holidays", () => {
  it("2021: the year of the embedded campaign", () => {
    expect(dates(2021)).toEqual([
      "2021-01-01",
      "2021-02-10",
      "2021-02-11",
      "2021-02-12",
      "2021-02-13",
      "2021-02-14",
      "2021-02-15",
      "2021-02-16",
      "2021-04-21",
      "2021-04-30",
      "2021-05-01",
      "2021-05-03",
      "2021-09-02",
      "2021-09-03",
    ]);
    expect(holidaysOfYear(2021).find((h) => h.date === "2021-05-03")?.name).toBe(
      "Nghỉ bù Ngày Quốc tế Lao động",
    );
    expect(isWorkingDay(serialFromIso("2021-04-30"))).toBe(false);
    expect(isWorkingDay(serialFromIso("2021-05-30"))).toBe(false); // a Sunday
  });

  it("gives compensatory days for holidays on a weekend", () => {
    // 2023: Giỗ Tổ on Saturday 29/4 and 30/4 on Sunday: off 29/4–3/5.
    const may2023 = dates(2023).filter((d) => d >= "2023-04-29" && d <= "2023-05-05");
    expect(may2023).toEqual(["2023-04-29", "2023-04-30", "2023-05-01", "2023-05-02", "2023-05-03"]);
    // 2022: 1/1 on Saturday → Monday 3/1; 2017: 2/9 on Saturday → Monday 4/9.
    expect(dates(2022)).toContain("2022-01-03");
    expect(dates(2017)).toContain("2017-09-04");
    // 2026: Giỗ Tổ on Sunday 26/4 → Monday 27/4.
    expect(dates(2026)).toContain("2026-04-27");
  });

  it("applies swaps: a weekday off, a Saturday worked", () => {
    expect(isWorkingDay(serialFromIso("2024-04-29"))).toBe(false);
    expect(isWorkingDay(serialFromIso("2024-05-04"))).toBe(true); // Saturday worked
    expect(isWorkingDay(serialFromIso("2025-05-02"))).toBe(false);
    expect(isWorkingDay(serialFromIso("2025-04-26"))).toBe(true);
  });

  it("has five Tết working days off in every year of the table", () => {
    for (const y of HOLIDAY_TABLE) {
      const tet = holidaysOfYear(y.year).filter((h) => h.kind === "tet");
      const weekdays = tet.filter((h) => ![0, 6].includes(new Date(h.date).getUTCDay()));
      expect([y.year, weekdays.length]).toEqual([y.year, 5]);
      // The span holds lunar new year's day.
      expect(tet.map((h) => h.serial)).toContain(lunarNewYear(y.year));
    }
  });

  it("counts working days of whole years and of months with holidays", () => {
    // 261 weekdays in 2021 less 11 weekday holidays (1/1, 5 Tết, Giỗ Tổ, 30/4, bù 3/5, 2/9, 3/9).
    expect(weekdaysOff(2021)).toBe(11);
    expect(networkDays(serialFromIso("2021-01-01"), serialFromIso("2021-12-31"))).toBe(250);
    expect(networkDays(serialFromIso("2021-02-01"), serialFromIso("2021-02-28"))).toBe(15);
    expect(networkDays(serialFromIso("2021-04-01"), serialFromIso("2021-04-30"))).toBe(20);
    // 2024: 262 weekdays less 12 off (1/1, 5 Tết, Giỗ Tổ, 29/4 swapped, 30/4, 1/5, 2/9, 3/9), plus Saturday 4/5 worked.
    expect(networkDays(serialFromIso("2024-01-01"), serialFromIso("2024-12-31"))).toBe(
      262 - 12 + 1,
    );
  });

  it("adds the office's own holidays", () => {
    const extra = [{ date: "2021-05-04", name: "Nghỉ theo quyết định của cơ quan" }];
    expect(isWorkingDay(serialFromIso("2021-05-04"), extra)).toBe(false);
    expect(isWorkingDay(serialFromIso("2021-05-04"))).toBe(true);
    expect(holidaysOfYear(2021, extra).map((h) => h.date)).toContain("2021-05-04");
  });

  it("falls back to the rules after the table (2027)", () => {
    const tet = holidaysOfYear(2027)
      .filter((h) => h.kind === "tet")
      .map((h) => h.date);
    expect(tet).toEqual(["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09"]);
    // Tết days on the weekend (6, 7/2) give two compensatory days after the span.
    const comp = holidaysOfYear(2027)
      .filter((h) => h.kind === "compensatory")
      .map((h) => isoFromSerial(h.serial));
    expect(comp).toEqual(expect.arrayContaining(["2027-02-10", "2027-02-11"]));
  });
});
