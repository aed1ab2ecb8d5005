import { isVietnameseSyllable } from "./isVietnameseSyllable";

describe("isVietnameseSyllable", () => {
  it.each([
    "a",
    "ở",
    "Nội",
    "HÀ",
    "nghiêng",
    "người",
    "khuyến",
    "huỳnh",
    "xoong",
    "quốc",
    "giữa",
    "gì",
    "thuở",
    "chuyện",
    "Nguyễn",
    "xoăn",
    "xuân",
    "các",
    "một",
    "học",
    "tập",
    "yêu",
    "khuya",
    "oái",
    "ngoéo",
    "tháng",
    "Việt",
    "kế",
    "ghi",
    "nghề",
    "đường",
    "ươm",
    "uống",
    "ý",
    "gìn",
    "quý",
  ])("%j is a syllable", (w) => expect(isVietnameseSyllable(w)).toBe(true));

  it.each([
    "",
    "leõ",
    "tổnh",
    "boọ",
    "quoác",
    "ỹn",
    "hòan",
    "mià",
    "cafộ",
    "nạve",
    "Paulo",
    "est",
    "UBND",
    "cac",
    "hòc",
    "tiê",
    "ă",
    "ci",
    "ce",
    "ge",
    "nge",
    "kan",
    "ghan",
    "hàá",
    "mươ",
    "aim",
    "naùve",
    "Hµ",
    "Néi",
    "2021",
    "a-b",
    "nguyeenx",
  ])("%j is not", (w) => expect(isVietnameseSyllable(w)).toBe(false));

  it("accepts every toned form of a common syllable whose coda allows it", () => {
    const tones = ["ta", "tá", "tà", "tả", "tã", "tạ"];
    expect(tones.every(isVietnameseSyllable)).toBe(true);
    expect(["tát", "tạt"].every(isVietnameseSyllable)).toBe(true);
    expect(["tàt", "tảt", "tãt", "tat"].some(isVietnameseSyllable)).toBe(false);
  });
});
