import { holidayTable, type DaySwap } from "./holidayTable";
import { serialFromIso } from "./serial";

const all: readonly DaySwap[] = holidayTable.flatMap((d) => d.swaps);

/**
 * The swaps touching a Gregorian year, either side: a weekday off in it or a Saturday worked in
 * it. A swap can straddle two years (31/12/2018 off, Saturday 05/01/2019 worked).
 *
 * @example daySwapsOfYear(2018) // [{ off: "2018-12-31", worked: "2019-01-05", … }]
 */
export function daySwapsOfYear(year: number): DaySwap[] {
  const prefix = `${year}-`;
  return all.filter((s) => s.off.startsWith(prefix) || s.worked.startsWith(prefix));
}

/**
 * Saturdays worked in exchange for a swapped day off: working days despite the weekend.
 *
 * @example workedSaturdays(2026).map((s) => s.date) // ["2026-01-10", "2026-08-22"]
 */
export function workedSaturdays(
  year: number,
): Array<{ date: string; serial: number; inExchangeFor: string }> {
  return daySwapsOfYear(year)
    .filter((s) => s.worked.startsWith(`${year}-`))
    .map((s) => ({ date: s.worked, serial: serialFromIso(s.worked), inExchangeFor: s.off }))
    .sort((a, b) => a.serial - b.serial);
}

const workedSerials = new Set(all.map((s) => serialFromIso(s.worked)));

/**
 * Whether a day is a Saturday worked in exchange for a swapped day off.
 *
 * @example isWorkedSaturday(serialFromIso("2024-05-04")) === true
 */
export function isWorkedSaturday(serial: number): boolean {
  return workedSerials.has(Math.floor(serial));
}
