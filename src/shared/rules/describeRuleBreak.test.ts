import { describeRuleBreak } from "./describeRuleBreak";

const formatNumber = (n: number, lang: "vi" | "en") =>
  n.toLocaleString(lang === "vi" ? "vi-VN" : "en-US");
const message = {
  vi: "Số đảng viên tham gia học tập không được vượt quá tổng số đảng viên",
  en: "Party members attending cannot exceed the total number of party members",
};

describe("describeRuleBreak", () => {
  it("says the value entered and what it must be, in words, with the column", () => {
    expect(
      describeRuleBreak({
        message,
        left: 1298,
        right: 293,
        op: "<=",
        column: "2016",
        formatNumber,
      }),
    ).toEqual({
      vi: "Số đảng viên tham gia học tập không được vượt quá tổng số đảng viên: ghi 1.298, không được lớn hơn 293 (cột 2016).",
      en: "Party members attending cannot exceed the total number of party members: 1,298 entered, must not be greater than 293 (column 2016).",
    });
  });

  it("never shows the rule's syntax", () => {
    for (const op of ["=", "<>", "<", "<=", ">", ">="] as const) {
      const t = describeRuleBreak({ message, left: 1, right: 2, op, formatNumber });
      expect(`${t.vi} ${t.en}`).not.toMatch(/[<>=[\]]|so với/);
    }
  });

  it("falls back to the rule's sentence when no single comparison decided it", () => {
    expect(describeRuleBreak({ message: { vi: "Cần có văn bản" }, formatNumber })).toEqual({
      vi: "Cần có văn bản.",
      en: "Cần có văn bản.",
    });
  });
});
