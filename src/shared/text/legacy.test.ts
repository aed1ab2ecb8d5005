import fc from "fast-check";
import { encodeLegacyText } from "./encodeLegacyText";
import { convertLegacyText, detectLegacyEncoding, fixLegacyText } from "./legacy";

const LOWER =
  "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
const ALPHABET = [...LOWER, ...LOWER.toUpperCase()];

/** Phrases as old files hold them, written from the published charts (not from our tables). */
const TCVN3_PHRASES: [string, string][] = [
  ["Hµ Néi", "Hà Nội"],
  ["§¶ng bé", "Đảng bộ"],
  ["V¨n ho¸ c«ng së", "Văn hoá công sở"],
  ["Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"],
  ["§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"],
  ["B¸o c¸o kÕt qu¶ thùc hiÖn nhiÖm vô n¨m 2024", "Báo cáo kết quả thực hiện nhiệm vụ năm 2024"],
  ["Tæng sè ®¶ng viªn", "Tổng số đảng viên"],
  ["B¶o Th¾ng", "Bảo Thắng"],
  ["M\u00adêng Kh\u00ad¬ng", "Mường Khương"],
  ["UBND tØnh Qu¶ng Ninh", "UBND tỉnh Quảng Ninh"],
  ["Sè cuéc héi nghÞ:", "Số cuộc hội nghị:"],
  ["H§ND huyÖn", "HĐND huyện"],
  ["§VT", "ĐVT"],
  ["NguyÔn V¨n A", "Nguyễn Văn A"],
  [
    "\u201c§éc lËp \u2013 Tù do \u2013 H¹nh phóc\u201d",
    "\u201cĐộc lập \u2013 Tự do \u2013 Hạnh phúc\u201d",
  ],
  ["H\u2014I \u00a7åNG NH¢N D¢N", "HỘI ĐồNG NHÂN DÂN"],
  ["¡n uèng, ¤ng bµ, ¥n nghÜa, ¦íc m¬", "Ăn uống, Ông bà, Ơn nghĩa, Ước mơ"],
];

const VNI_PHRASES: [string, string][] = [
  ["Ñaûng boä", "Đảng bộ"],
  ["Vaên hoùa", "Văn hóa"],
  ["Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"],
  ["Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"],
  [
    "Baùo caùo keát quaû thöïc hieän nhieäm vuï naêm 2024",
    "Báo cáo kết quả thực hiện nhiệm vụ năm 2024",
  ],
  ["Ngöôøi lao ñoäng", "Người lao động"],
  ["HAØ NOÄI", "HÀ NỘI"],
  ["Tænh Kieân Giang, huyeän Kyø Sôn", "Tỉnh Kiên Giang, huyện Kỳ Sơn"],
  ["Ñôn vò tính: ngöôøi", "Đơn vị tính: người"],
  ["Quaûng Trò, Bình Ñònh, Taây Ninh", "Quảng Trị, Bình Định, Tây Ninh"],
  ["HÑND xaõ", "HĐND xã"],
  ["ÑVT", "ĐVT"],
];

describe("convertLegacyText", () => {
  it.each(TCVN3_PHRASES)("TCVN3 %j → %j", (legacy, unicode) => {
    expect(convertLegacyText(legacy, "tcvn3")).toBe(unicode);
  });

  it.each(VNI_PHRASES)("VNI %j → %j", (legacy, unicode) => {
    expect(convertLegacyText(legacy, "vni")).toBe(unicode);
  });

  it.each(["tcvn3", "vni"] as const)("round-trips every Vietnamese letter through %s", (enc) => {
    for (const letter of ALPHABET) {
      const legacy = encodeLegacyText(letter, enc);
      expect(legacy).not.toBe("");
      expect(convertLegacyText(legacy, enc)).toBe(letter);
    }
    const all = ALPHABET.join("");
    expect(convertLegacyText(encodeLegacyText(all, enc), enc)).toBe(all);
  });

  it("gives every letter a distinct legacy spelling", () => {
    for (const enc of ["tcvn3", "vni"] as const) {
      const spellings = new Set(ALPHABET.map((l) => encodeLegacyText(l, enc)));
      expect(spellings.size).toBe(ALPHABET.length);
    }
  });

  it("keeps TCVN3 lower case and Ă Â Ê Ô Ơ Ư Đ in the printable VN3 font range", () => {
    for (const letter of [...LOWER, ..."ĂÂÊÔƠƯĐ"]) {
      const code = encodeLegacyText(letter, "tcvn3");
      expect(code).toHaveLength(1);
      const c = code.charCodeAt(0);
      expect(c < 0x80 || (c >= 0xa1 && c <= 0xfe)).toBe(true);
    }
    expect(encodeLegacyText("ĂÂÊÔƠƯĐ", "tcvn3")).toBe("¡¢£¤¥¦§");
    expect(encodeLegacyText("ăâêôơưđ", "tcvn3")).toBe("¨©ª«¬\u00ad®");
  });

  it("spells VNI letters as a base letter and at most one mark", () => {
    for (const letter of ALPHABET) {
      const code = encodeLegacyText(letter, "vni");
      expect(code.length).toBeLessThanOrEqual(2);
      for (const ch of code) expect(ch.charCodeAt(0)).toBeLessThan(0x100);
    }
  });

  it("round-trips random Vietnamese text", () => {
    const text = fc.string({ unit: fc.constantFrom(...ALPHABET, " ", ",", "1", "-") });
    fc.assert(
      fc.property(text, fc.constantFrom("tcvn3" as const, "vni" as const), (s, enc) => {
        return convertLegacyText(encodeLegacyText(s, enc), enc) === s;
      }),
    );
  });

  it("reads Windows-1252 capitals inside TCVN3 words but leaves punctuation alone", () => {
    expect(convertLegacyText("H\u2014I §åNG", "tcvn3")).toBe("HỘI ĐồNG");
    expect(convertLegacyText("\u201c§¶ng bé\u201d \u2013 2024", "tcvn3")).toBe(
      "\u201cĐảng bộ\u201d \u2013 2024",
    );
    expect(convertLegacyText("\u0080n", "tcvn3")).toBe("Àn");
  });
});

describe("fixLegacyText", () => {
  it.each(TCVN3_PHRASES)("repairs TCVN3 %j", (legacy, unicode) => {
    expect(fixLegacyText(legacy)).toEqual({ text: unicode, encoding: "tcvn3" });
    expect(detectLegacyEncoding(legacy)).toBe("tcvn3");
  });

  it.each(VNI_PHRASES)("repairs VNI %j", (legacy, unicode) => {
    expect(fixLegacyText(legacy)).toEqual({ text: unicode, encoding: "vni" });
    expect(detectLegacyEncoding(legacy)).toBe("vni");
  });

  it.each([
    "",
    "Hello world",
    "12.345",
    "UBND",
    "café",
    "naïve",
    "Crème brûlée",
    "Müller GmbH",
    "São Paulo",
    "Où est le café?",
    "Ærøskøbing",
    "25°C, 3 m²",
    "Hà Nội",
    "Hà Nội".normalize("NFD"),
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Có",
    "Tên",
    "Bà và tôi",
    "Ghi chú",
    "Tháng",
    "Ông bà",
    "Hà Nội – µ",
    "AÑO 2020",
    "España, año, niño",
    "§ 12",
    "Art. §5",
  ])("leaves %j alone", (s) => {
    expect(fixLegacyText(s)).toEqual({ text: s, encoding: null });
    expect(detectLegacyEncoding(s)).toBeNull();
  });

  it("detects text produced by either legacy encoder", () => {
    const phrases = [
      "Tổng số cán bộ công chức",
      "Báo cáo tình hình thực hiện",
      "Số lượng đảng viên mới kết nạp",
      "Ủy ban nhân dân huyện",
      "Kinh phí được giao",
    ];
    for (const p of phrases) {
      for (const enc of ["tcvn3", "vni"] as const) {
        expect(fixLegacyText(encodeLegacyText(p, enc))).toEqual({ text: p, encoding: enc });
      }
    }
  });

  it("never throws, and only changes text it reports as legacy", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const r = fixLegacyText(s);
        return r.encoding === null ? r.text === s : r.text === convertLegacyText(s, r.encoding);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."aeouyñöôäù¸µ¶é«®§ HNT") }), (s) => {
        const r = fixLegacyText(s);
        return r.encoding === null ? r.text === s : r.text === convertLegacyText(s, r.encoding);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads short VNI names whose words are also Unicode words ("Thò" is VNI for "Thị")', () => {
    expect(fixLegacyText("Leâ Thò Mai")).toEqual({ text: "Lê Thị Mai", encoding: "vni" });
    expect(fixLegacyText("Chi boä Thanh tra tænh")).toEqual({
      text: "Chi bộ Thanh tra tỉnh",
      encoding: "vni",
    });
    expect(fixLegacyText("Phan Thò Lan")).toEqual({ text: "Phan Thị Lan", encoding: "vni" });
    expect(fixLegacyText("Phan Minh Léc")).toEqual({ text: "Phan Minh Lộc", encoding: "tcvn3" });
  });

  it("uses the workbook's encoding only to settle a text that reads as well in both", () => {
    // "Vò" is TCVN3 for "Vũ" and VNI for "Vị".
    expect(fixLegacyText("Vò")).toEqual({ text: "Vò", encoding: null });
    expect(fixLegacyText("Vò", "tcvn3")).toEqual({ text: "Vũ", encoding: "tcvn3" });
    expect(fixLegacyText("Vò", "vni")).toEqual({ text: "Vị", encoding: "vni" });
    expect(fixLegacyText("Hoàng Minh Mai", "vni")).toEqual({
      text: "Hoàng Minh Mai",
      encoding: null,
    });
  });

  /** 50 family × 20 middle × 50 given names: 30,000 real names typed in Unicode. */
  const FAMILY =
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Mai Tô Hà Lâm Tạ Châu Thái Cao Lương Chu Đoàn Kiều".split(
      " ",
    );
  const MIDDLE =
    "Thị Văn Minh Hữu Đức Thành Ngọc Thu Quốc Hoài Thanh Kim Bá Xuân Phương Hà Tú Lê Châu Thái".split(
      " ",
    );
  const GIVEN =
    "Mai Lan Hằng Bình Hùng Dũng Hoa Tâm Phúc Nam Hải Hà Châu Tú Thảo Yến Linh Trang Hương Quân Sơn Tuấn Vinh Lộc Ánh Hiền Nga Thủy Khánh Long Thắng Tín Lý Tài Hòa Chi Anh Vy Ý Nhi Tây Trà Lâm Tôn Hào Phú Tùng Cát Thùy Tình".split(
      " ",
    );
  const names = FAMILY.flatMap((f) => MIDDLE.flatMap((m) => GIVEN.map((g) => `${f} ${m} ${g}`)));

  it("never changes a real Unicode name, whatever the workbook's encoding", () => {
    const changed = names.filter(
      (n) =>
        fixLegacyText(n).encoding !== null ||
        fixLegacyText(n, "vni").encoding !== null ||
        fixLegacyText(n, "tcvn3").encoding !== null,
    );
    expect(changed).toEqual([]);
  });

  it.each(["vni", "tcvn3"] as const)(
    "reads nearly every name typed in %s, and never into another name",
    (enc) => {
      const wrong: string[] = [];
      let missed = 0;
      for (const n of names) {
        const r = fixLegacyText(encodeLegacyText(n, enc), enc);
        if (r.encoding === null) missed++;
        else if (r.text !== n) wrong.push(n);
      }
      expect(wrong).toEqual([]);
      // Left as typed: names whose every legacy word is also a common Unicode word ("Hoà" is
      // VNI for "Hồ"), which no reader can tell apart from the cell alone.
      expect(missed / names.length).toBeLessThan(0.015);
    },
  );
});
