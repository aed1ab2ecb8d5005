import { workedSaturdays } from "./daySwaps";
import { holidayName } from "./holidayName";
import { holidaysOfYear } from "./holidaysOfYear";
import { holidayTable, yearDecisionSchema } from "./holidayTable";
import { isWorkingDay } from "./isWorkingDay";
import { networkDays } from "./networkDays";
import { isoFromSerial, serialFromIso, serialFromYmd } from "./serial";
import { statutoryHolidays } from "./statutoryHolidays";
import { workingDaysInYear } from "./workingDaysInYear";

const WEEKDAY = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const isWeekend = (iso: string) => WEEKDAY(iso) === 0 || WEEKDAY(iso) === 6;
/** Every date from a to b inclusive, ISO. */
function span(a: string, b: string): string[] {
  const out: string[] = [];
  for (let s = serialFromIso(a); s <= serialFromIso(b); s++) out.push(isoFromSerial(s));
  return out;
}

/**
 * The weekdays off and Saturdays worked of each year, written from the announcements (see the
 * sources in holidayTable.ts), independently of the table's encoding and of the rules: Tết as
 * the announced break, compensatory days as announced.
 */
const OFFICIAL: Record<number, { off: string[]; worked?: string[] }> = {
  2016: {
    // Tết 06–14/02 (9 days, no swap); Giỗ Tổ Saturday 16/4 → Monday 18/4; 30/4–1/5 on the
    // weekend → 2–3/5; 2/9 Friday.
    off: [
      "2016-01-01",
      ...span("2016-02-08", "2016-02-12"),
      "2016-04-18",
      "2016-05-02",
      "2016-05-03",
      "2016-09-02",
    ],
  },
  2017: {
    // 1/1 Sunday → 2/1; Tết 26/01–01/02; 30/4 Sunday → 2/5; 2/9 Saturday → 4/9.
    off: [
      "2017-01-02",
      "2017-01-26",
      "2017-01-27",
      "2017-01-30",
      "2017-01-31",
      "2017-02-01",
      "2017-04-06",
      "2017-05-01",
      "2017-05-02",
      "2017-09-04",
    ],
  },
  2018: {
    // Tết 14–20/02; 30/4 Monday, 1/5 Tuesday; 2/9 Sunday → 3/9; 31/12 off for New Year 2019.
    off: [
      "2018-01-01",
      "2018-02-14",
      "2018-02-15",
      "2018-02-16",
      "2018-02-19",
      "2018-02-20",
      "2018-04-25",
      "2018-04-30",
      "2018-05-01",
      "2018-09-03",
      "2018-12-31",
    ],
  },
  2019: {
    // Tết 02–10/02; Giỗ Tổ Sunday 14/4 → 15/4; 27/4–01/5 with 29/4 swapped for Saturday 04/5;
    // Saturday 05/01 worked for 31/12/2018.
    off: [
      "2019-01-01",
      ...span("2019-02-04", "2019-02-08"),
      "2019-04-15",
      "2019-04-29",
      "2019-04-30",
      "2019-05-01",
      "2019-09-02",
    ],
    worked: ["2019-01-05", "2019-05-04"],
  },
  2020: {
    // Tết 23–29/01 (mùng 1 and 2 on the weekend, compensated 28–29/01).
    off: [
      "2020-01-01",
      "2020-01-23",
      "2020-01-24",
      ...span("2020-01-27", "2020-01-29"),
      "2020-04-02",
      "2020-04-30",
      "2020-05-01",
      "2020-09-02",
    ],
  },
  2021: {
    // Tết 10–16/02; 30/4 Friday, 1/5 Saturday → 3/5; Quốc khánh 2–3/9.
    off: [
      "2021-01-01",
      "2021-02-10",
      "2021-02-11",
      "2021-02-12",
      "2021-02-15",
      "2021-02-16",
      "2021-04-21",
      "2021-04-30",
      "2021-05-03",
      "2021-09-02",
      "2021-09-03",
    ],
  },
  2022: {
    // 1/1 Saturday → 3/1; Tết 31/01–04/02; Giỗ Tổ Sunday → 11/4; 30/4–1/5 weekend → 2–3/5;
    // Quốc khánh 1–2/9.
    off: [
      "2022-01-03",
      ...span("2022-01-31", "2022-02-04"),
      "2022-04-11",
      "2022-05-02",
      "2022-05-03",
      "2022-09-01",
      "2022-09-02",
    ],
  },
  2023: {
    // 1/1 Sunday → 2/1; Tết 20–26/01; Giỗ Tổ Saturday 29/4, 30/4 Sunday, 1/5 Monday: off to 3/5;
    // Quốc khánh Friday 1/9 and Saturday 2/9 → Monday 4/9.
    off: [
      "2023-01-02",
      "2023-01-20",
      ...span("2023-01-23", "2023-01-26"),
      "2023-05-01",
      "2023-05-02",
      "2023-05-03",
      "2023-09-01",
      "2023-09-04",
    ],
  },
  2024: {
    // Tết 08–14/02; 27/4–01/5 with 29/4 swapped for Saturday 04/5; Quốc khánh 2–3/9.
    off: [
      "2024-01-01",
      "2024-02-08",
      "2024-02-09",
      ...span("2024-02-12", "2024-02-14"),
      "2024-04-18",
      "2024-04-29",
      "2024-04-30",
      "2024-05-01",
      "2024-09-02",
      "2024-09-03",
    ],
    worked: ["2024-05-04"],
  },
  2025: {
    // Tết 25/01–02/02 (five Tết days 27–31/01); 30/4–04/5 with 2/5 swapped for Saturday 26/4;
    // Quốc khánh 1–2/9.
    off: [
      "2025-01-01",
      ...span("2025-01-27", "2025-01-31"),
      "2025-04-07",
      "2025-04-30",
      "2025-05-01",
      "2025-05-02",
      "2025-09-01",
      "2025-09-02",
    ],
    worked: ["2025-04-26"],
  },
  2026: {
    // 01–04/01 with 2/1 swapped for Saturday 10/1; Tết 14–22/02; Giỗ Tổ Sunday 26/4 → 27/4;
    // 30/4–1/5; Quốc khánh 29/8–2/9 with 31/8 swapped for Saturday 22/8.
    off: [
      "2026-01-01",
      "2026-01-02",
      ...span("2026-02-16", "2026-02-20"),
      "2026-04-27",
      "2026-04-30",
      "2026-05-01",
      "2026-08-31",
      "2026-09-01",
      "2026-09-02",
    ],
    worked: ["2026-01-10", "2026-08-22"],
  },
};

/** Naive count from the official lists: weekdays, less the days off, plus the Saturdays worked. */
function officialWorkingDays(from: string, to: string): number {
  const all = Object.values(OFFICIAL);
  const off = new Set(all.flatMap((y) => y.off));
  const worked = new Set(all.flatMap((y) => y.worked ?? []));
  return span(from, to).filter((d) => worked.has(d) || (!isWeekend(d) && !off.has(d))).length;
}

describe("the holiday table", () => {
  it("covers 2016–2027, each entry valid and sourced", () => {
    expect(holidayTable.map((e) => e.year)).toEqual(Array.from({ length: 12 }, (_, i) => 2016 + i));
    for (const entry of holidayTable) {
      expect(yearDecisionSchema.safeParse(entry).success).toBe(true);
      expect(entry.sources.join(" ").length).toBeGreaterThan(20);
    }
    // Only 2027 is the rule's guess, and says so.
    expect(holidayTable.filter((e) => !e.verified).map((e) => e.year)).toEqual([2027]);
  });

  it("refuses entries that are not five Tết days or put the 2/9 day elsewhere", () => {
    const base = {
      year: 2021,
      tet: { from: "2021-02-10", to: "2021-02-14" },
      nationalDayAdjacent: "2021-09-03",
      sources: ["x"],
      verified: true,
    };
    expect(yearDecisionSchema.safeParse(base).success).toBe(true);
    expect(
      yearDecisionSchema.safeParse({ ...base, tet: { from: "2021-02-10", to: "2021-02-16" } })
        .success,
    ).toBe(false);
    expect(
      yearDecisionSchema.safeParse({ ...base, nationalDayAdjacent: "2021-09-04" }).success,
    ).toBe(false);
    expect(yearDecisionSchema.safeParse({ ...base, year: 2020 }).success).toBe(false);
    expect(
      yearDecisionSchema.safeParse({
        ...base,
        swaps: [{ off: "2021-04-29", worked: "2021-05-09", occasion: "x" }],
      }).success,
    ).toBe(false); // a Sunday
  });
});

describe("holidays of each year against the announcements", () => {
  for (const [yearText, official] of Object.entries(OFFICIAL)) {
    const year = Number(yearText);
    it(`${year}: weekdays off, Saturdays worked, working days of the year and of its months`, () => {
      const weekdaysOff = holidaysOfYear(year)
        .map((h) => h.date)
        .filter((d) => !isWeekend(d));
      expect(weekdaysOff).toEqual([...official.off].sort());
      expect(workedSaturdays(year).map((w) => w.date)).toEqual(official.worked ?? []);
      expect(workingDaysInYear(year)).toBe(officialWorkingDays(`${year}-01-01`, `${year}-12-31`));
      for (let m = 1; m <= 12; m++) {
        const from = serialFromYmd(year, m, 1);
        const to = serialFromYmd(m === 12 ? year + 1 : year, m === 12 ? 1 : m + 1, 1) - 1;
        expect(networkDays(from, to)).toBe(
          officialWorkingDays(isoFromSerial(from), isoFromSerial(to)),
        );
      }
    });
  }

  it("2021, the campaign's year, day by day", () => {
    // Whole-year count by hand: 261 weekdays (2021 starts on a Friday) less 11 weekdays off.
    expect(workingDaysInYear(2021)).toBe(250);
    expect(holidaysOfYear(2021).map((h) => `${h.date} ${h.name}`)).toEqual([
      "2021-01-01 Tết Dương lịch",
      "2021-02-10 Tết Nguyên đán",
      "2021-02-11 Tết Nguyên đán",
      "2021-02-12 Tết Nguyên đán",
      "2021-02-13 Tết Nguyên đán",
      "2021-02-14 Tết Nguyên đán",
      "2021-02-15 Nghỉ bù Tết Nguyên đán",
      "2021-02-16 Nghỉ bù Tết Nguyên đán",
      "2021-04-21 Giỗ Tổ Hùng Vương",
      "2021-04-30 Ngày Chiến thắng",
      "2021-05-01 Ngày Quốc tế Lao động",
      "2021-05-03 Nghỉ bù Ngày Quốc tế Lao động",
      "2021-09-02 Quốc khánh",
      "2021-09-03 Quốc khánh",
    ]);
    // The design's two facts: 30/4/2021 is a holiday, 30/5/2021 a Sunday.
    expect(isWorkingDay(serialFromIso("2021-04-30"))).toBe(false);
    expect(holidayName(serialFromIso("2021-04-30"))).toBe("Ngày Chiến thắng");
    expect(WEEKDAY("2021-05-30")).toBe(0);
    expect(isWorkingDay(serialFromIso("2021-05-30"))).toBe(false);
    expect(holidayName(serialFromIso("2021-05-30"))).toBeUndefined();
    // Months with holidays: February loses five weekdays, April two, May one, September two.
    expect(networkDays(serialFromIso("2021-02-01"), serialFromIso("2021-02-28"))).toBe(15);
    expect(networkDays(serialFromIso("2021-04-01"), serialFromIso("2021-04-30"))).toBe(20);
    expect(networkDays(serialFromIso("2021-05-01"), serialFromIso("2021-05-31"))).toBe(20);
    expect(networkDays(serialFromIso("2021-09-01"), serialFromIso("2021-09-30"))).toBe(20);
  });

  it("2026 by hand: 261 weekdays less 11 statutory weekdays off; the swaps cancel out", () => {
    expect(workingDaysInYear(2026)).toBe(250);
    expect(isWorkingDay(serialFromIso("2026-01-10"))).toBe(true); // Saturday worked
    expect(isWorkingDay(serialFromIso("2026-01-02"))).toBe(false);
    expect(holidayName(serialFromIso("2026-01-02"))).toBe(
      "Nghỉ hoán đổi dịp Tết Dương lịch 2026 (làm bù thứ Bảy 10/01/2026)",
    );
    expect(holidayName(serialFromIso("2026-04-27"), undefined, "en")).toBe(
      "Hung Kings' Commemoration Day (compensatory day off)",
    );
  });

  it("a swap across years counts in each year where its day falls", () => {
    // 31/12/2018 off, Saturday 05/01/2019 worked: 2018 loses a day, 2019 gains one.
    expect(workingDaysInYear(2018)).toBe(261 - 10 - 1);
    expect(workingDaysInYear(2019)).toBe(261 - 10 + 1);
  });
});

describe("Tết breaks and long weekends as announced", () => {
  // [first day off, last day off]: every day between is off, the day before and after is worked.
  const breaks: Array<[string, string]> = [
    ["2016-02-06", "2016-02-14"],
    ["2017-01-26", "2017-02-01"],
    ["2018-02-14", "2018-02-20"],
    ["2019-02-02", "2019-02-10"],
    ["2020-01-23", "2020-01-29"],
    ["2021-02-10", "2021-02-16"],
    ["2022-01-29", "2022-02-06"],
    ["2023-01-20", "2023-01-26"],
    ["2024-02-08", "2024-02-14"],
    ["2025-01-25", "2025-02-02"],
    ["2026-02-14", "2026-02-22"],
    ["2018-12-29", "2019-01-01"],
    ["2019-04-27", "2019-05-01"],
    ["2021-04-30", "2021-05-03"],
    ["2021-09-02", "2021-09-05"],
    ["2022-04-30", "2022-05-03"],
    ["2023-04-29", "2023-05-03"],
    ["2023-09-01", "2023-09-04"],
    ["2024-04-27", "2024-05-01"],
    ["2024-08-31", "2024-09-03"],
    ["2025-04-30", "2025-05-04"],
    ["2025-08-30", "2025-09-02"],
    ["2026-01-01", "2026-01-04"],
    ["2026-08-29", "2026-09-02"],
  ];
  it.each(breaks)("%s – %s", (from, to) => {
    const a = serialFromIso(from);
    const b = serialFromIso(to);
    for (let s = a; s <= b; s++) expect(isWorkingDay(s)).toBe(false);
    expect(isWorkingDay(a - 1)).toBe(true);
    expect(isWorkingDay(b + 1)).toBe(true);
  });
});

describe("years outside the table follow the rules", () => {
  it("2028: Tết is the last day of Đinh Mùi and four days of Mậu Thân, weekends compensated", () => {
    // Tết Mậu Thân is Wednesday 26/01/2028: 25–29/01, whose Saturday 29/01 is compensated on
    // Monday 31/01.
    const tet = statutoryHolidays(2028)
      .filter((h) => h.name === "Tết Nguyên đán")
      .map((h) => h.date);
    expect(tet).toEqual(span("2028-01-25", "2028-01-29"));
    // 1/1/2028 is a Saturday → Monday 3/1; 30/4 Sunday → 2/5 (1/5 is itself a holiday); 2/9
    // Saturday with 1/9 Friday → Monday 4/9.
    const comp = holidaysOfYear(2028)
      .filter((h) => h.kind === "compensatory")
      .map((h) => h.date);
    expect(comp).toEqual(["2028-01-03", "2028-01-31", "2028-05-02", "2028-09-04"]);
    expect(holidaysOfYear(2028).find((h) => h.date === "2028-09-01")?.name).toBe("Quốc khánh");
  });

  it("before 2021 there is no day next to 2/9", () => {
    expect(holidaysOfYear(2020).filter((h) => h.name === "Quốc khánh")).toHaveLength(1);
    expect(holidaysOfYear(2010).filter((h) => h.name === "Quốc khánh")).toHaveLength(1);
    expect(holidaysOfYear(2030).filter((h) => h.name === "Quốc khánh")).toHaveLength(2);
  });
});

describe("extra holidays", () => {
  const extra = [
    { date: "2021-05-04", name: "Nghỉ theo quyết định của cơ quan" },
    { date: "2021-05-01", name: "Trùng ngày lễ" },
  ];
  it("are days off with their names, and never duplicate a holiday", () => {
    expect(isWorkingDay(serialFromIso("2021-05-04"), extra)).toBe(false);
    expect(holidayName(serialFromIso("2021-05-04"), extra)).toBe(
      "Nghỉ theo quyết định của cơ quan",
    );
    const may = holidaysOfYear(2021, extra).filter((h) => h.date.startsWith("2021-05"));
    expect(may.map((h) => [h.date, h.kind])).toEqual([
      ["2021-05-01", "statutory"],
      ["2021-05-03", "compensatory"],
      ["2021-05-04", "extra"],
    ]);
    expect(workingDaysInYear(2021, extra)).toBe(249);
    expect(holidaysOfYear(2022, extra).some((h) => h.kind === "extra")).toBe(false);
  });
});
