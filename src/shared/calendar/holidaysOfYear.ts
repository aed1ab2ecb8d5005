import type { ExtraHoliday } from "../model";
import { baseHolidaysOfYear } from "./baseHolidaysOfYear";
import type { Holiday } from "./holiday";
import { isoFromSerial } from "./serial";
import { extraSet, FIRST_YEAR, LAST_YEAR, yearOfSerial } from "./workingDayIndex";

/**
 * Every day off of a year, sorted: statutory holidays (named in Vietnamese, e.g. "Tết Nguyên
 * đán", "Giỗ Tổ Hùng Vương", "Quốc khánh"), compensatory days ("Nghỉ bù …"), swapped days
 * ("Nghỉ hoán đổi …") and the user's extra holidays (an extra on a day already off adds nothing).
 * Statutory days on a weekend are listed too: they are why the compensatory day exists.
 *
 * @example holidaysOfYear(2021).find((h) => h.date === "2021-04-21")?.name === "Giỗ Tổ Hùng Vương"
 */
export function holidaysOfYear(year: number, extra?: readonly ExtraHoliday[]): Holiday[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
    throw new RangeError(`Năm ngoài phạm vi ${FIRST_YEAR}–${LAST_YEAR}: ${year}`);
  const base = baseHolidaysOfYear(year);
  const taken = new Set(base.map((h) => h.serial));
  const extras: Holiday[] = [];
  for (const [serial, name] of extraSet(extra).names) {
    if (taken.has(serial) || yearOfSerial(serial) !== year) continue;
    extras.push({ date: isoFromSerial(serial), serial, name, nameEn: name, kind: "extra" });
  }
  return [...base, ...extras].sort((a, b) => a.serial - b.serial);
}
