import { canChiOfYear } from "./canChi";
import { formatLunar } from "./formatLunar";
import { jdFromLunar } from "./jdFromLunar";
import { jdFromSerial, jdFromYmd, serialFromJd, ymdFromJd } from "./julianDay";
import { lunarFromSerial } from "./lunarFromSerial";
import { lunarFromSolar } from "./lunarFromSolar";
import { lunarNewYear } from "./lunarNewYear";
import { isoFromSerial, serialFromIso } from "./serial";
import { solarFromLunar } from "./solarFromLunar";

describe("Julian days and serials", () => {
  it("convert both ways, with Excel's 1900 quirk", () => {
    expect(jdFromYmd(2000, 1, 1)).toBe(2451545);
    expect(ymdFromJd(2451545)).toEqual({ y: 2000, m: 1, d: 1 });
    expect(jdFromSerial(serialFromIso("2021-02-12"))).toBe(jdFromYmd(2021, 2, 12));
    expect(jdFromSerial(61)).toBe(jdFromYmd(1900, 3, 1));
    expect(jdFromSerial(59)).toBe(jdFromYmd(1900, 2, 28));
    expect(jdFromSerial(1)).toBe(jdFromYmd(1900, 1, 1));
    for (const s of [1, 59, 61, 44321, 73415]) expect(serialFromJd(jdFromSerial(s))).toBe(s);
  });
});

describe("lunar dates", () => {
  it("know the Tết of every year of the holiday table", () => {
    // Mùng 1 Tết as printed on Vietnamese calendars.
    const tet: Record<number, string> = {
      2016: "2016-02-08",
      2017: "2017-01-28",
      2018: "2018-02-16",
      2019: "2019-02-05",
      2020: "2020-01-25",
      2021: "2021-02-12",
      2022: "2022-02-01",
      2023: "2023-01-22",
      2024: "2024-02-10",
      2025: "2025-01-29",
      2026: "2026-02-17",
      2027: "2027-02-06",
    };
    for (const [year, date] of Object.entries(tet)) {
      expect(isoFromSerial(lunarNewYear(Number(year)))).toBe(date);
      const [y, m, d] = date.split("-").map(Number);
      expect(lunarFromSolar(y, m, d)).toEqual({
        day: 1,
        month: 1,
        year: Number(year),
        leap: false,
      });
    }
  });

  it("place leap months where Vietnamese calendars do", () => {
    // Tháng 4 nhuận Canh Tý 2020 began 23/5/2020; tháng 2 nhuận Quý Mão 2023 began 22/3/2023;
    // tháng 6 nhuận Ất Tỵ 2025 began 25/7/2025.
    expect(lunarFromSolar(2020, 5, 23)).toEqual({ day: 1, month: 4, year: 2020, leap: true });
    expect(lunarFromSolar(2020, 5, 22)).toEqual({ day: 30, month: 4, year: 2020, leap: false });
    expect(lunarFromSolar(2023, 3, 22)).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(lunarFromSolar(2025, 7, 25)).toEqual({ day: 1, month: 6, year: 2025, leap: true });
    expect(solarFromLunar({ day: 1, month: 6, year: 2025, leap: true })).toEqual({
      y: 2025,
      m: 7,
      d: 25,
    });
    // 2021 has no leap month; 2023 has none in month 3; a 29-day month has no day 30.
    expect(solarFromLunar({ day: 1, month: 4, year: 2021, leap: true })).toBeUndefined();
    expect(solarFromLunar({ day: 1, month: 3, year: 2023, leap: true })).toBeUndefined();
    const last = lunarFromSolar(2021, 2, 11); // giao thừa Canh Tý: 30 tháng Chạp
    expect(last).toEqual({ day: 30, month: 12, year: 2020, leap: false });
    expect(solarFromLunar({ day: 30, month: 12, year: 2021, leap: false })).toBeUndefined(); // Chạp Tân Sửu has 29 days
    expect(jdFromLunar({ day: 31, month: 1, year: 2021, leap: false })).toBeUndefined();
  });

  it("know Giỗ Tổ Hùng Vương (10/3 lunar) of every year of the table", () => {
    // As announced each year (see holidayTable.ts); 2027 from printed calendars.
    const gioTo = [
      "2016-04-16",
      "2017-04-06",
      "2018-04-25",
      "2019-04-14",
      "2020-04-02",
      "2021-04-21",
      "2022-04-10",
      "2023-04-29",
      "2024-04-18",
      "2025-04-07",
      "2026-04-26",
      "2027-04-16",
    ];
    for (const date of gioTo) {
      const [y, m, d] = date.split("-").map(Number);
      expect(solarFromLunar({ day: 10, month: 3, year: y, leap: false })).toEqual({ y, m, d });
    }
  });

  it("round-trip every day 1900–2100", () => {
    let checked = 0;
    for (let jd = jdFromYmd(1900, 1, 1); jd <= jdFromYmd(2100, 12, 31); jd++) {
      const { y, m, d } = ymdFromJd(jd);
      const lunar = lunarFromSolar(y, m, d);
      const back = solarFromLunar(lunar);
      if (!back || back.y !== y || back.m !== m || back.d !== d)
        throw new Error(`${y}-${m}-${d} → ${JSON.stringify(lunar)} → ${JSON.stringify(back)}`);
      checked++;
    }
    expect(checked).toBe(73414);
  });

  it("read serials", () => {
    expect(lunarFromSerial(serialFromIso("2021-05-04"))).toEqual({
      day: 23,
      month: 3,
      year: 2021,
      leap: false,
    });
  });
});

describe("lunar text", () => {
  it("names years by can-chi", () => {
    expect(canChiOfYear(2021)).toBe("Tân Sửu");
    expect(canChiOfYear(2023)).toBe("Quý Mão");
    expect(canChiOfYear(2026)).toBe("Bính Ngọ");
    expect(canChiOfYear(1900)).toBe("Canh Tý");
    expect(canChiOfYear(1984)).toBe("Giáp Tý");
    // Sixty years make a cycle.
    for (let y = 1900; y < 1960; y++) expect(canChiOfYear(y + 60)).toBe(canChiOfYear(y));
    expect(new Set(Array.from({ length: 60 }, (_, i) => canChiOfYear(1900 + i))).size).toBe(60);
  });

  it("writes long and short forms, Vietnamese and English", () => {
    const d = lunarFromSerial(serialFromIso("2021-05-04"));
    expect(formatLunar(d)).toBe("Ngày 23 tháng 3 năm Tân Sửu");
    expect(formatLunar(d, "short")).toBe("23/3/2021 ÂL");
    expect(formatLunar(d, "long", "en")).toBe("Day 23, month 3, year Tân Sửu");
    expect(formatLunar(d, "short", "en")).toBe("23/3/2021 (lunar)");
    const leap = lunarFromSolar(2023, 4, 15);
    expect(formatLunar(leap)).toBe("Ngày 25 tháng 2 (nhuận) năm Quý Mão");
    expect(formatLunar(leap, "short")).toBe("25/2 (nhuận)/2023 ÂL");
  });
});
