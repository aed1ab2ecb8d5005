import type { ExtraHoliday } from "../model";
import { checkedSerial, extraSet, yearIndex, yearOfSerial } from "./workingDayIndex";

/**
 * The name of the holiday on a day, or undefined on an ordinary day (weekends included).
 *
 * @example holidayName(serialFromIso("2021-04-30")) === "Ngày Chiến thắng"
 * @example holidayName(serialFromIso("2021-05-03")) === "Nghỉ bù Ngày Quốc tế Lao động"
 */
export function holidayName(
  serial: number,
  extra?: readonly ExtraHoliday[],
  lang: "vi" | "en" = "vi",
): string | undefined {
  const s = checkedSerial(serial);
  const h = yearIndex(yearOfSerial(s)).holidays.get(s);
  if (h) return lang === "vi" ? h.name : h.nameEn;
  return extraSet(extra).names.get(s);
}
