import type { LunarDate } from "./lunar";

const CAN = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];
const CHI = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];

/**
 * The can-chi name of a lunar year.
 *
 * @example canChiOfYear(2021) === "Tân Sửu"
 */
export function canChiOfYear(year: number): string {
  return `${CAN[(((year + 6) % 10) + 10) % 10]} ${CHI[(((year + 8) % 12) + 12) % 12]}`;
}

/**
 * A lunar date as Vietnamese text.
 *
 * @example formatLunar({ day: 23, month: 3, year: 2021, leap: false }) === "Ngày 23 tháng 3 năm Tân Sửu"
 * @example formatLunar({ day: 1, month: 4, year: 2020, leap: true }, "short") === "1/4 (nhuận)/2020 ÂL"
 */
export function formatLunar(date: LunarDate, style: "long" | "short" = "long"): string {
  const leap = date.leap ? " (nhuận)" : "";
  if (style === "short") return `${date.day}/${date.month}${leap}/${date.year} ÂL`;
  return `Ngày ${date.day} tháng ${date.month}${leap} năm ${canChiOfYear(date.year)}`;
}
