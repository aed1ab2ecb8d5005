import fc from "fast-check";
import { completionRate } from "./completionRate";
import { embeddedCampaign } from "../shared/campaign/embedded";
import { setActiveCampaign } from "./activeCampaign";
import { extraHolidays } from "./extraHolidays";
import { isRequiredFlag } from "./isRequiredFlag";
import { reportingRate } from "./reportingRate";
import { timelinessRate } from "./timelinessRate";

const cell = fc.oneof(
  fc.constant(""),
  fc.integer({ min: 44200, max: 44400 }),
  fc.constantFrom("x", "chưa nộp", "05/5/2021", true, false, 0),
);
const grid = (rows: number, cols: number) =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  });

describe("completionRate", () => {
  it("is the count of non-blank cells over all cells, without a required range", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((r) => fc.integer({ min: 1, max: 6 }).chain((c) => grid(r, c))),
        (values) => {
          const flat = values.flat();
          expect(completionRate(values)).toBeCloseTo(
            flat.filter((v) => v !== "").length / flat.length,
            12,
          );
        },
      ),
    );
  });

  it("with every cell required gives the same as without", () => {
    fc.assert(
      fc.property(grid(3, 4), (values) => {
        const all = values.map((row) => row.map(() => "x"));
        expect(completionRate(values, all)).toBe(completionRate(values));
      }),
    );
  });
});

describe("isRequiredFlag", () => {
  it("reads TRUE/1/x/có as required and FALSE/0/blank/không as not", () => {
    expect([true, 1, "x", "X", " 1 ", "TRUE", "có"].map(isRequiredFlag)).toEqual(
      Array(7).fill(true),
    );
    expect([false, 0, "", null, "0", "false", "không"].map(isRequiredFlag)).toEqual(
      Array(7).fill(false),
    );
  });
});

describe("reportingRate and timelinessRate", () => {
  it("never exceed 1 and count only dated cells", () => {
    fc.assert(
      fc.property(grid(8, 1), (sent) => {
        const dated = sent
          .flat()
          .filter((v) => (typeof v === "number" && v > 0) || v === "05/5/2021");
        expect(reportingRate(sent)).toBeCloseTo(dated.length / 8, 12);
        if (dated.length === 0) return;
        const rate = timelinessRate(sent, [[44320]]);
        const onTime = dated.filter((v) => (v === "05/5/2021" ? 44321 : (v as number)) <= 44320);
        expect(rate).toBeCloseTo(onTime.length / dated.length, 12);
      }),
    );
  });
});

describe("extraHolidays", () => {
  it("reads the dates of a range, skipping blanks, named in the current language", () => {
    expect(extraHolidays([[44319], [""], ["06/05/2021"]])).toEqual([
      { date: "2021-05-03", name: "Ngày nghỉ thêm" },
      { date: "2021-05-06", name: "Ngày nghỉ thêm" },
    ]);
    expect(extraHolidays(null)).toEqual([]);
  });

  it("gives the active campaign's own days off, the same list at every call, then a range's", () => {
    const own = [{ date: "2021-05-03", name: "Nghỉ của cơ quan" }];
    setActiveCampaign({ ...embeddedCampaign, calendar: { extraHolidays: own } });
    try {
      expect(extraHolidays(null)).toBe(extraHolidays(undefined));
      expect(extraHolidays(null)).toEqual(own);
      expect(extraHolidays([[44322]])).toEqual([
        ...own,
        { date: "2021-05-06", name: "Ngày nghỉ thêm" },
      ]);
    } finally {
      setActiveCampaign(undefined);
    }
  });
});
