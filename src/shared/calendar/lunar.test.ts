import { canChiOfYear, formatLunar } from "./formatLunar";
import { lunarFromSolar, solarFromLunar } from "./lunar";
import { ymdFromJd, jdFromYmd } from "./julianDay";

describe("Vietnamese lunar calendar", () => {
  it("finds the lunar new year of known years", () => {
    const tet: Array<[number, number, number]> = [
      [2016, 2, 8],
      [2017, 1, 28],
      [2018, 2, 16],
      [2019, 2, 5],
      [2020, 1, 25],
      [2021, 2, 12],
      [2022, 2, 1],
      [2023, 1, 22],
      [2024, 2, 10],
      [2025, 1, 29],
      [2026, 2, 17],
      [2027, 2, 6],
    ];
    for (const [y, m, d] of tet)
      expect(lunarFromSolar(y, m, d)).toEqual({ day: 1, month: 1, year: y, leap: false });
  });
  it("uses UTC+7: Tết 1985 and 2007 differ from China's", () => {
    // Vietnam celebrated Tết Ất Sửu on 1985-01-21 and Tết Đinh Hợi on 2007-02-17; China a day later / earlier.
    expect(lunarFromSolar(1985, 1, 21)).toMatchObject({ day: 1, month: 1, year: 1985 });
    expect(lunarFromSolar(2007, 2, 17)).toMatchObject({ day: 1, month: 1, year: 2007 });
    expect(lunarFromSolar(2007, 2, 17, 8)).toMatchObject({ day: 30, month: 12, year: 2006 });
  });
  it("places Giỗ Tổ Hùng Vương (10/3 lunar) and leap months", () => {
    expect(solarFromLunar({ day: 10, month: 3, year: 2021, leap: false })).toEqual({
      y: 2021,
      m: 4,
      d: 21,
    });
    expect(solarFromLunar({ day: 10, month: 3, year: 2023, leap: false })).toEqual({
      y: 2023,
      m: 4,
      d: 29,
    });
    expect(solarFromLunar({ day: 10, month: 3, year: 2026, leap: false })).toEqual({
      y: 2026,
      m: 4,
      d: 26,
    });
    // 2020 had a leap 4th month; 2023 a leap 2nd month.
    expect(lunarFromSolar(2020, 5, 23)).toEqual({ day: 1, month: 4, year: 2020, leap: true });
    expect(lunarFromSolar(2023, 3, 22)).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(solarFromLunar({ day: 1, month: 4, year: 2021, leap: true })).toBeUndefined();
  });
  it("round-trips every day from 1900 to 2100", () => {
    const start = jdFromYmd(1900, 1, 1);
    const end = jdFromYmd(2100, 12, 31);
    let bad = 0;
    for (let jd = start; jd <= end; jd++) {
      const { y, m, d } = ymdFromJd(jd);
      const back = solarFromLunar(lunarFromSolar(y, m, d));
      if (!back || back.y !== y || back.m !== m || back.d !== d) bad++;
    }
    expect(bad).toBe(0);
  });
  it("writes lunar dates in Vietnamese", () => {
    expect(canChiOfYear(2021)).toBe("Tân Sửu");
    expect(canChiOfYear(2026)).toBe("Bính Ngọ");
    expect(formatLunar({ day: 23, month: 3, year: 2021, leap: false })).toBe(
      "Ngày 23 tháng 3 năm Tân Sửu",
    );
    expect(formatLunar({ day: 1, month: 4, year: 2020, leap: true }, "short")).toBe(
      "1/4 (nhuận)/2020 ÂL",
    );
  });
});
