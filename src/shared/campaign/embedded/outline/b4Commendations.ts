import { count, heading, quantityColumn, type IndicatorInput, type SheetInput } from "./common";

/** The levels that grant commendations, highest first. */
const grantors = [
  "Cấp Trung ương",
  "Cấp tỉnh (Tỉnh ủy, Ủy ban nhân dân tỉnh)",
  "Đảng ủy Khối",
  "Cấp cơ sở",
];

function byGrantor(parent: string, unit: string): IndicatorInput[] {
  return grantors.map((g, i) => count(`${parent}.${i + 1}`, g, unit));
}

/** Commendations for office and enterprise culture over the five years, by granting level. */
export const b4Commendations: SheetInput = {
  kind: "indicators",
  id: "B4",
  name: "B4 Khen thưởng",
  title: "Biểu 4. Khen thưởng trong xây dựng văn hóa công sở, văn hóa doanh nghiệp (2016 - 2020)",
  columns: quantityColumn,
  indicators: [
    heading("I", "Khen thưởng tập thể"),
    count("1", "Số lượt tập thể được khen thưởng", "Tập thể", {
      sumOfChildren: true,
      assessment: "merit",
    }),
    ...byGrantor("1", "Tập thể"),
    heading("II", "Khen thưởng cá nhân"),
    count("2", "Số lượt cá nhân được khen thưởng", "Lượt người", {
      sumOfChildren: true,
      assessment: "merit",
    }),
    ...byGrantor("2", "Lượt người"),
  ],
};
