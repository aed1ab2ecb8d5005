import { canChiOfYear } from "./canChi";
import type { LunarDate } from "./lunarDate";

export type LunarStyle = "long" | "short";

/**
 * A lunar date as text, the way calendars print it: long "Ngày 23 tháng 3 năm Tân Sửu", short
 * "23/3/2021 ÂL"; a leap month is marked "(nhuận)". English: "Day 23, month 3, year Tân Sửu" and
 * "23/3/2021 (lunar)", leap months "(leap)".
 *
 * @example formatLunar({ day: 23, month: 3, year: 2021, leap: false }) === "Ngày 23 tháng 3 năm Tân Sửu"
 * @example formatLunar({ day: 5, month: 2, year: 2023, leap: true }, "short") === "5/2 (nhuận)/2023 ÂL"
 */
export function formatLunar(
  date: LunarDate,
  style: LunarStyle = "long",
  lang: "vi" | "en" = "vi",
): string {
  const leap = date.leap ? (lang === "vi" ? " (nhuận)" : " (leap)") : "";
  if (style === "short")
    return `${date.day}/${date.month}${leap}/${date.year} ${lang === "vi" ? "ÂL" : "(lunar)"}`;
  const year = canChiOfYear(date.year);
  return lang === "vi"
    ? `Ngày ${date.day} tháng ${date.month}${leap} năm ${year}`
    : `Day ${date.day}, month ${date.month}${leap}, year ${year}`;
}
