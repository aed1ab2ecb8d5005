import { jdFromLunar } from "./jdFromLunar";
import { serialFromJd } from "./julianDay";
import type { Holiday } from "./holiday";
import { holidayTable } from "./holidayTable";
import { isoFromSerial, serialFromIso, serialFromYmd, weekdayOfSerial } from "./serial";

const NAMES = {
  newYear: ["Tết Dương lịch", "New Year's Day"],
  tet: ["Tết Nguyên đán", "Lunar New Year (Tết)"],
  hungKings: ["Giỗ Tổ Hùng Vương", "Hung Kings' Commemoration Day"],
  victory: ["Ngày Chiến thắng", "Reunification Day"],
  labour: ["Ngày Quốc tế Lao động", "International Labour Day"],
  national: ["Quốc khánh", "National Day"],
} as const;

/** The day joined to 2/9 when no decision fixes it: the one that touches a weekend. */
function ruleAdjacent(year: number): number {
  const sep2 = serialFromYmd(year, 9, 2);
  return [0, 1, 4].includes(weekdayOfSerial(sep2)) ? sep2 + 1 : sep2 - 1;
}

/**
 * The statutory days off of a year (Labour Code 2019 art. 112; 2012 art. 115 before 2021, which
 * had no day next to 2/9): 1/1; Tết (5 days, as fixed by the year's decision, else the last day of
 * the old lunar year and the first four of the new); 10/3 lunar; 30/4; 1/5; 2/9 and, from 2021,
 * 1/9 or 3/9. Years outside the table follow the rules only, which are not history before 2013.
 *
 * @example statutoryHolidays(2021).map((h) => h.date)[1] === "2021-02-10"
 */
export function statutoryHolidays(year: number): Holiday[] {
  const decision = holidayTable.find((d) => d.year === year);
  const days: Array<[number, readonly [string, string]]> = [];
  days.push([serialFromYmd(year, 1, 1), NAMES.newYear]);
  const tetFrom = decision
    ? serialFromIso(decision.tet.from)
    : serialFromJd(jdFromLunar({ day: 1, month: 1, year, leap: false })!) - 1;
  for (let s = tetFrom; s < tetFrom + 5; s++) days.push([s, NAMES.tet]);
  days.push([
    serialFromJd(jdFromLunar({ day: 10, month: 3, year, leap: false })!),
    NAMES.hungKings,
  ]);
  days.push([serialFromYmd(year, 4, 30), NAMES.victory]);
  days.push([serialFromYmd(year, 5, 1), NAMES.labour]);
  if (year >= 2021) {
    const adjacent = decision?.nationalDayAdjacent
      ? serialFromIso(decision.nationalDayAdjacent)
      : ruleAdjacent(year);
    days.push([adjacent, NAMES.national]);
  }
  days.push([serialFromYmd(year, 9, 2), NAMES.national]);
  return days
    .sort((a, b) => a[0] - b[0])
    .map(([serial, [name, nameEn]]) => ({
      date: isoFromSerial(serial),
      serial,
      name,
      nameEn,
      kind: "statutory" as const,
    }));
}
