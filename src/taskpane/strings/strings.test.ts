import { catalogues, formatText, pickLanguage, translator } from ".";

const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("strings catalogue", () => {
  const keys = Object.keys(catalogues.vi);
  it("has every key in every language, none empty, with the same parameters", () => {
    expect(keys.length).toBeGreaterThan(60);
    for (const lang of ["vi", "en"] as const) {
      expect(Object.keys(catalogues[lang]).sort()).toEqual([...keys].sort());
      for (const k of keys)
        expect([
          lang,
          k,
          catalogues[lang][k as keyof typeof catalogues.vi].trim().length > 0,
        ]).toEqual([lang, k, true]);
    }
    for (const k of keys) {
      const key = k as keyof typeof catalogues.vi;
      expect([k, params(catalogues.en[key])]).toEqual([k, params(catalogues.vi[key])]);
    }
  });
  it("actually translates: English differs from Vietnamese except for codes and formats", () => {
    const same = keys.filter(
      (k) =>
        catalogues.en[k as keyof typeof catalogues.vi] ===
        catalogues.vi[k as keyof typeof catalogues.vi],
    );
    expect(same.sort()).toEqual(["findingAt", "progressOf"]);
  });
  it("picks Vietnamese for vi* display languages and when there is no Office, English otherwise", () => {
    expect(pickLanguage("vi-VN")).toBe("vi");
    expect(pickLanguage("VI")).toBe("vi");
    expect(pickLanguage("en-US")).toBe("en");
    expect(pickLanguage("fr-FR")).toBe("en");
    expect(pickLanguage(undefined)).toBe("vi");
  });
  it("fills parameters and leaves unknown ones visible", () => {
    expect(formatText("Đã nạp {count} tệp.", { count: 3 })).toBe("Đã nạp 3 tệp.");
    expect(formatText("{a} {b}", { a: 1 })).toBe("1 {b}");
    expect(translator("en")("filesLoaded", { count: 2 })).toBe("2 files loaded.");
  });
});
