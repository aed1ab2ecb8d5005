import { holidaysOfYear } from "./holidays";

// date-holidays (npm, test-only) lists Vietnam's public holidays by rule. Its "public" days must
// all be days off in our calendar; ours has more (the full Tết span, compensatory and swapped days,
// the day next to 2/9), which come from the government's yearly decisions it does not know.

const Holidays = require("date-holidays");

describe("holidays against date-holidays (VN)", () => {
  it("every public holiday of 2016–2030 is a day off", () => {
    const vn = new Holidays("VN");
    const missing: string[] = [];
    for (let y = 2016; y <= 2030; y++) {
      const ours = new Set(holidaysOfYear(y).map((h) => h.date));
      for (const h of vn.getHolidays(y) as Array<{ date: string; type: string; name: string }>) {
        if (h.type === "public" && !ours.has(h.date.slice(0, 10)))
          missing.push(`${h.date.slice(0, 10)} ${h.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
