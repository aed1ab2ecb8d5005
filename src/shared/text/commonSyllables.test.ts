import { isCommonSyllable } from "./commonSyllables";
import { isVietnameseSyllable } from "./isVietnameseSyllable";

describe("isCommonSyllable", () => {
  it("knows common names and report words, in any case", () => {
    for (const w of ["Thị", "LỘC", "sơn", "Đảng", "bộ", "tỉnh"])
      expect(isCommonSyllable(w)).toBe(true);
  });

  it("does not know the rare words legacy text reads as", () => {
    for (const w of ["thò", "sôn", "léc", "lờ"]) expect(isCommonSyllable(w)).toBe(false);
  });

  it("holds only well-formed syllables", () => {
    const sample = "nguyễn thị minh đảng bộ tỉnh huyện khen thưởng kỷ luật".split(" ");
    for (const w of sample) expect(isVietnameseSyllable(w)).toBe(true);
  });
});
