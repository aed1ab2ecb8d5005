import { compensatoryDays } from "./compensatoryDays";
import { daySwapsOfYear } from "./daySwaps";
import type { Holiday } from "./holiday";
import { dmyFromSerial, serialFromIso } from "./serial";
import { statutoryHolidays } from "./statutoryHolidays";

const cache = new Map<number, readonly Holiday[]>();

/**
 * The days off of a year before any user-declared extra: statutory, compensatory and swapped,
 * sorted by date. Cached: the result is shared, never mutate it.
 *
 * @example baseHolidaysOfYear(2024).find((h) => h.kind === "swap")?.date === "2024-04-29"
 */
export function baseHolidaysOfYear(year: number): readonly Holiday[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const statutory = statutoryHolidays(year);
  const swaps: Holiday[] = daySwapsOfYear(year)
    .filter((s) => s.off.startsWith(`${year}-`))
    .map((s) => {
      const worked = dmyFromSerial(serialFromIso(s.worked));
      return {
        date: s.off,
        serial: serialFromIso(s.off),
        name: `Nghỉ hoán đổi dịp ${s.occasion} (làm bù thứ Bảy ${worked})`,
        nameEn: `Swapped day off for ${s.occasion} (worked on Saturday ${worked})`,
        kind: "swap" as const,
      };
    });
  const compensatory = compensatoryDays(statutory, new Set(swaps.map((s) => s.serial)));
  const result = Object.freeze(
    [...statutory, ...swaps, ...compensatory].sort((a, b) => a.serial - b.serial),
  );
  cache.set(year, result);
  return result;
}
