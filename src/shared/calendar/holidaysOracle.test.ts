import { holidaysOfYear } from "./holidaysOfYear";

// date-holidays (npm, test-only) lists Vietnam's holidays by rule. Its "public" days must all be
// days off here, 2016–2030. It does not know the yearly decisions, so where it and they disagree
// the decisions win: it calls the day before Tết "Giao thừa" and Tết itself two days, and has no
// compensatory, swapped or 2/9-adjacent days, so our list is a strict superset.
const Holidays = require("date-holidays") as new (country: string) => {
  getHolidays(year: number): Array<{ date: string; type: string; name: string }>;
};

describe("holidays against date-holidays (VN)", () => {
  const vn = new Holidays("VN");
  it("every fixed-date public holiday of 2016–2030 is ours, under the same date", () => {
    const missing: string[] = [];
    let compared = 0;
    for (let y = 2016; y <= 2030; y++) {
      const ours = new Set(holidaysOfYear(y).map((h) => h.date));
      for (const h of vn.getHolidays(y)) {
        if (h.type !== "public") continue;
        compared++;
        if (!ours.has(h.date.slice(0, 10))) missing.push(`${h.date.slice(0, 10)} ${h.name}`);
      }
    }
    expect(missing).toEqual([]);
    expect(compared).toBeGreaterThanOrEqual(15 * 7);
  });

  it("agrees on the fixed dates and on Giỗ Tổ's lunar date, 2016–2030", () => {
    for (let y = 2016; y <= 2030; y++) {
      const theirs = vn.getHolidays(y).filter((h) => h.type === "public");
      const named = (word: RegExp) =>
        theirs.filter((h) => word.test(h.name)).map((h) => h.date.slice(0, 10));
      const ours = (name: string) =>
        holidaysOfYear(y)
          .filter((h) => h.name === name)
          .map((h) => h.date);
      expect(named(/Dương lịch/)).toEqual(ours("Tết Dương lịch"));
      expect(named(/Hùng Vương/)).toEqual(ours("Giỗ Tổ Hùng Vương"));
      expect(named(/Giải phóng/)).toEqual(ours("Ngày Chiến thắng"));
      expect(named(/Lao động/)).toEqual(ours("Ngày Quốc tế Lao động"));
      expect(named(/Quốc khánh/)).toEqual([`${y}-09-02`]);
    }
  });
});
