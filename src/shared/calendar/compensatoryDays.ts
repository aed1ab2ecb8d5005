import type { Holiday } from "./holiday";
import { isWeekendSerial, isoFromSerial } from "./serial";

/**
 * Compensatory days off (nghỉ bù) for statutory days on a Saturday or Sunday: each gets the next
 * working day that is not itself a day off (Labour Code 2019 art. 111.3; 2012 art. 115.3 said
 * "the next day"). Two weekend holidays in a row give two days, in order: Tết 2021 (Saturday
 * 13/2 and Sunday 14/2) gives Monday 15/2 and Tuesday 16/2.
 *
 * @example compensatoryDays(statutoryHolidays(2021)).map((h) => h.date) // ["2021-02-15", "2021-02-16", "2021-05-03"]
 */
export function compensatoryDays(
  statutory: readonly Holiday[],
  otherDaysOff: ReadonlySet<number> = new Set(),
): Holiday[] {
  const taken = new Set<number>([...statutory.map((h) => h.serial), ...otherDaysOff]);
  const out: Holiday[] = [];
  for (const h of [...statutory].sort((a, b) => a.serial - b.serial)) {
    if (!isWeekendSerial(h.serial)) continue;
    let s = h.serial + 1;
    while (isWeekendSerial(s) || taken.has(s)) s++;
    taken.add(s);
    out.push({
      date: isoFromSerial(s),
      serial: s,
      name: `Nghỉ bù ${h.name}`,
      nameEn: `${h.nameEn} (compensatory day off)`,
      kind: "compensatory",
    });
  }
  return out;
}
