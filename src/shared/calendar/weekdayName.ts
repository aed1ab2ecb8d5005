import { weekdayOfSerial } from "./serial";

const VI = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/**
 * The weekday of a serial as Vietnamese documents write it ("Thứ Hai" … "Chủ nhật"), or English.
 *
 * @example weekdayName(44321) === "Thứ Tư" // 05/5/2021
 */
export function weekdayName(serial: number, lang: "vi" | "en" = "vi"): string {
  return (lang === "vi" ? VI : EN)[weekdayOfSerial(serial)];
}
