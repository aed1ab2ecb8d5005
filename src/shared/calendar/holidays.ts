import type { ExtraHoliday } from "../model";
import { HOLIDAY_TABLE, type HolidayYear } from "./holidayTable";
import { solarFromLunar } from "./lunar";
import { isoFromSerial, serialFromIso, serialFromYmd, weekdayOfSerial } from "./serial";

export interface Holiday {
  date: string;
  serial: number;
  name: string;
  kind: "statutory" | "tet" | "compensatory" | "swap" | "extra";
}

const TABLE = new Map(HOLIDAY_TABLE.map((y) => [y.year, y]));
const SWAPS = HOLIDAY_TABLE.flatMap((y) => y.swappedOff);
/** Saturdays worked in exchange for a swapped day off, from every year of the table. */
const WORKED_SATURDAYS = new Set(SWAPS.map((s) => serialFromIso(s.workedInstead)));

const isWeekend = (s: number) => {
  const w = weekdayOfSerial(s);
  return w === 0 || w === 6;
};

/** The day next to 2/9 when no decision says: the side that joins the weekend (as decided 2021–2025). */
function nationalDayExtra(year: number): number {
  const q = serialFromYmd(year, 9, 2);
  const w = weekdayOfSerial(q);
  return w === 1 || w === 4 || w === 0 ? q + 1 : q - 1;
}

/** Lunar new year's day (1/1 lunar) of a solar year. */
export function lunarNewYear(year: number): number {
  const d = solarFromLunar({ day: 1, month: 1, year, leap: false })!;
  return serialFromYmd(d.y, d.m, d.d);
}

const cache = new Map<number, Holiday[]>();

/**
 * The statutory days off of a year in Vietnam (Labour Code 2019 art. 112; 2012 before 2021):
 * 1/1, Tết Nguyên đán (the span the government fixed, from the table; else the last day of the old
 * year and the first four of the new), Giỗ Tổ Hùng Vương 10/3 lunar, 30/4, 1/5, 2/9 plus one
 * adjacent day from 2021, compensatory days for holidays falling on a weekend (next working
 * day), and swapped days off. Sorted by date; weekends inside the Tết span are included.
 *
 * @example holidaysOfYear(2021).map((h) => h.date) // ["2021-01-01", "2021-02-10", …, "2021-05-03", "2021-09-02", "2021-09-03"]
 */
export function holidaysOfYear(year: number, extra: readonly ExtraHoliday[] = []): Holiday[] {
  let base = cache.get(year);
  if (!base) {
    base = statutoryDays(year, TABLE.get(year));
    cache.set(year, base);
  }
  if (extra.length === 0) return base;
  const taken = new Set(base.map((h) => h.serial));
  const mine = extra
    .filter((e) => e.date.startsWith(`${year}-`))
    .map((e) => ({
      date: e.date,
      serial: serialFromIso(e.date),
      name: e.name,
      kind: "extra" as const,
    }))
    .filter((h) => !taken.has(h.serial));
  return [...base, ...mine].sort((a, b) => a.serial - b.serial);
}

function statutoryDays(year: number, decided: HolidayYear | undefined): Holiday[] {
  const days = new Map<number, Holiday>();
  const add = (serial: number, name: string, kind: Holiday["kind"]) => {
    if (!days.has(serial)) days.set(serial, { date: isoFromSerial(serial), serial, name, kind });
  };
  const gioTo = solarFromLunar({ day: 10, month: 3, year, leap: false })!;
  const fixed: Array<[number, string]> = [
    [serialFromYmd(year, 1, 1), "Tết Dương lịch"],
    [serialFromYmd(gioTo.y, gioTo.m, gioTo.d), "Giỗ Tổ Hùng Vương"],
    [serialFromYmd(year, 4, 30), "Ngày Chiến thắng"],
    [serialFromYmd(year, 5, 1), "Ngày Quốc tế Lao động"],
    [serialFromYmd(year, 9, 2), "Quốc khánh"],
  ];
  if (year >= 2021) {
    fixed.push([
      decided?.nationalDayExtra ? serialFromIso(decided.nationalDayExtra) : nationalDayExtra(year),
      "Quốc khánh (ngày liền kề)",
    ]);
  }
  for (const [s, name] of fixed) add(s, name, "statutory");

  const tetOnWeekend: number[] = [];
  if (decided) {
    for (let s = serialFromIso(decided.tet.from); s <= serialFromIso(decided.tet.to); s++)
      add(s, "Tết Nguyên đán", "tet");
  } else {
    const newYear = lunarNewYear(year);
    for (let s = newYear - 1; s <= newYear + 3; s++) {
      add(s, "Tết Nguyên đán", "tet");
      if (isWeekend(s)) tetOnWeekend.push(s);
    }
  }
  // A holiday on a weekend gives a day off on the next working day (Nghị định 145/2020 art. 58).
  const weekendHolidays = [...fixed.map(([s]) => s).filter(isWeekend), ...tetOnWeekend].sort(
    (a, b) => a - b,
  );
  for (const s of weekendHolidays) {
    let next = s + 1;
    while (isWeekend(next) || days.has(next)) next++;
    add(next, `Nghỉ bù ${days.get(s)!.name}`, "compensatory");
  }
  // Swaps are filed under the year of their decision; a day off may fall in another year.
  for (const swap of SWAPS)
    if (swap.date.startsWith(`${year}-`)) add(serialFromIso(swap.date), swap.name, "swap");
  return [...days.values()].sort((a, b) => a.serial - b.serial);
}

/** Whether a Saturday is worked in exchange for a swapped day off. */
export function isWorkedSaturday(serial: number): boolean {
  return WORKED_SATURDAYS.has(serial);
}
