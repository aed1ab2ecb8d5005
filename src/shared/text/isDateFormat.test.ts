import * as XLSX from "@e965/xlsx";
import { isDateFormat } from "./isDateFormat";

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("isDateFormat", () => {
  it.each([
    ["dd/mm/yyyy", true],
    ["m/d/yyyy h:mm", true],
    ["[$-vi-VN]dd mmmm yyyy", true],
    ["[h]:mm:ss", true],
    ["h:mm AM/PM", true],
    ["B2yyyy", true],
    ['#,##0" ngày"', false],
    ["[Red]0.0%", false],
    ["General", false],
    ["0.00E+00", false],
    ["@", false],
    ["_(* #,##0_)", false],
    ['\\d"d"', false],
  ])("%j → %j", (format, expected) => expect(isDateFormat(format)).toBe(expected));

  // The reader must tell dates exactly as SheetJS does for the files it still reads.
  it("agrees with SheetJS on every built-in format", () => {
    const table = XLSX.SSF.get_table() as Record<number, string>;
    const formats = Object.values(table);
    expect(formats.length).toBeGreaterThan(25);
    for (const format of formats)
      expect([format, isDateFormat(format)]).toEqual([format, XLSX.SSF.is_date(format)]);
  });

  it("agrees with SheetJS on 20,000 random formats", () => {
    const alphabet = [
      "0",
      "#",
      "?",
      ".",
      ",",
      "E",
      "+",
      "-",
      "%",
      '"',
      "\\",
      "_",
      "*",
      " ",
      "[",
      "]",
      "$",
      "G",
      "e",
      "n",
      "r",
      "a",
      "l",
      "d",
      "m",
      "y",
      "h",
      "s",
      "B",
      "b",
      "1",
      "2",
      "5",
      "A",
      "/",
      "P",
      "M",
      "上",
      "午",
      "下",
      "x",
      ";",
      "@",
      "(",
      ")",
      "ช",
    ];
    const next = random(7);
    let dates = 0;
    for (let n = 0; n < 20000; n++) {
      let format = "";
      const length = 1 + Math.floor(next() * 12);
      for (let k = 0; k < length; k++) format += alphabet[Math.floor(next() * alphabet.length)];
      const expected = XLSX.SSF.is_date(format);
      if (expected) dates++;
      expect([format, isDateFormat(format)]).toEqual([format, expected]);
    }
    // Both answers must be common for the comparison to mean something.
    expect(dates).toBeGreaterThan(2000);
    expect(dates).toBeLessThan(18000);
  });
});
