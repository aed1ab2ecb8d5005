const CAN = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];
const CHI = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];

/**
 * The can-chi (sexagenary) name of a lunar year. Vietnamese names: the fourth branch is Mão (cat),
 * not China's rabbit, and the sixth is written Tỵ.
 *
 * @example canChiOfYear(2021) === "Tân Sửu"
 * @example canChiOfYear(2023) === "Quý Mão"
 */
export function canChiOfYear(lunarYear: number): string {
  const mod = (a: number, n: number) => ((a % n) + n) % n;
  return `${CAN[mod(lunarYear + 6, 10)]} ${CHI[mod(lunarYear + 8, 12)]}`;
}
