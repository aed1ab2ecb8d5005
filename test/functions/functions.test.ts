import { serialFromIso } from "../../src/shared/calendar/serial";
import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import { campaignSchema } from "../../src/shared/model";
import { setActiveCampaign } from "../../src/functions/activeCampaign";
import * as PHULUC from "../../src/functions/functions";
import { setFunctionsLanguage } from "../../src/functions/language";
import { errorOf, installCustomFunctionsStandIn, StandInError } from "./customFunctionsStandIn";

/** Dates as a Vietnamese office writes them, to Excel serials. */
const d = (dmy: string) => {
  const [day, month, year] = dmy.split("/");
  return serialFromIso(`${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`);
};

let uninstall: () => void;
beforeAll(() => {
  uninstall = installCustomFunctionsStandIn();
});
afterAll(() => uninstall());
afterEach(() => {
  setFunctionsLanguage(undefined);
  setActiveCampaign(undefined);
  jest.useRealTimers();
});

describe("DEADLINE", () => {
  it("gives the last day on time of a level's milestone, read as the plan writes it", () => {
    // "trước ngày 05/5/2021": 04/5 is the last day on time.
    expect(PHULUC.deadline("CBCS")).toBe(d("04/5/2021"));
    expect(PHULUC.deadline(" cbcs ", "hội nghị")).toBe(d("14/4/2021"));
    expect(PHULUC.deadline("DBCS", "conference")).toBe(d("29/4/2021"));
    expect(PHULUC.deadline("DBK")).toBe(d("29/5/2021"));
    // CBTT meets within "tháng 3 và tháng 4 năm 2021": the window's last day is on time.
    expect(PHULUC.deadline("CBTT", "Sinh hoạt chuyên đề")).toBe(d("30/4/2021"));
    expect(PHULUC.deadline("CBCS", null)).toBe(d("04/5/2021"));
  });

  it("passes a date through, as a serial or as text", () => {
    expect(PHULUC.deadline(44321)).toBe(44321);
    expect(PHULUC.deadline(44321.6)).toBe(44321);
    expect(PHULUC.deadline("05/5/2021")).toBe(44321);
    expect(PHULUC.deadline("2021-05-05")).toBe(44321);
    expect(PHULUC.deadline("44321")).toBe(44321);
  });

  it("gives #N/A for an unknown level or milestone, naming what exists", () => {
    const level = errorOf(() => PHULUC.deadline("XX"));
    expect(level.code).toBe("#N/A");
    expect(level.message).toBe('Không có cấp "XX" (có: DBCS, CBCS, CBTT, DBK)');
    const milestone = errorOf(() => PHULUC.deadline("CBCS", "tổng kết"));
    expect(milestone.code).toBe("#N/A");
    expect(milestone.message).toContain("conference, report");
  });

  it("gives #N/A for a blank and #VALUE! for TRUE/FALSE", () => {
    expect(errorOf(() => PHULUC.deadline(null)).code).toBe("#N/A");
    expect(errorOf(() => PHULUC.deadline("")).code).toBe("#N/A");
    expect(errorOf(() => PHULUC.deadline(true)).code).toBe("#VALUE!");
    expect(errorOf(() => PHULUC.deadline(-3)).code).toBe("#NUM!");
  });

  it("resolves against the campaign the task pane set, then the embedded one again", () => {
    const campaign = campaignSchema.parse({
      ...embeddedCampaign,
      levels: [
        {
          code: "X1",
          name: "Cấp thử",
          milestones: [
            {
              id: "report",
              label: "Báo cáo",
              asWritten: "đến hết ngày 10/01/2022",
              due: "2022-01-10",
              inclusive: true,
            },
          ],
        },
      ],
      units: [],
      calendar: { extraHolidays: [{ date: "2022-01-05", name: "Nghỉ của cơ quan" }] },
    });
    setActiveCampaign(campaign);
    expect(PHULUC.deadline("X1")).toBe(d("10/1/2022"));
    // 04/01 … 10/01/2022 less the office's own day off on 05/01.
    expect(PHULUC.workdaysLeft("X1", d("3/1/2022"))).toBe(4);
    expect(PHULUC.isHoliday(d("5/1/2022"))).toBe("Nghỉ của cơ quan");
    expect(errorOf(() => PHULUC.deadline("CBCS")).code).toBe("#N/A");
    setActiveCampaign(undefined);
    expect(errorOf(() => PHULUC.deadline("X1")).code).toBe("#N/A");
    expect(PHULUC.isHoliday(d("5/1/2022"))).toBe(false);
  });
});

describe("STATUS, ONTIME, DAYSLEFT", () => {
  it("agrees whether the due date is a level code or DEADLINE's date (DESIGN's example)", () => {
    for (const due of ["CBCS", PHULUC.deadline("CBCS")]) {
      expect(PHULUC.status(d("04/5/2021"), due)).toBe("Đúng hạn");
      expect(PHULUC.status(d("05/5/2021"), due)).toBe("Trễ 1 ngày");
      expect(PHULUC.status(d("10/5/2021"), due)).toBe("Trễ 6 ngày");
      expect(PHULUC.status("", due, d("20/4/2021"))).toBe("Còn 14 ngày");
      expect(PHULUC.status(null, due, d("04/5/2021"))).toBe("Còn 0 ngày");
      expect(PHULUC.status(null, due, d("06/5/2021"))).toBe("Quá hạn 2 ngày");
      expect(PHULUC.onTime(d("04/5/2021"), due)).toBe(true);
      expect(PHULUC.onTime(d("05/5/2021"), due)).toBe(false);
      expect(PHULUC.onTime("", due)).toBe(false);
      expect(PHULUC.daysLeft(due, d("20/4/2021"))).toBe(14);
      expect(PHULUC.daysLeft(due, d("06/5/2021"))).toBe(-2);
    }
  });

  it("reads a plain date as inclusive and ignores the time of day", () => {
    expect(PHULUC.onTime(44321.99, 44321)).toBe(true);
    expect(PHULUC.onTime("05/05/2021", "2021-05-05")).toBe(true);
    expect(PHULUC.status(44322, 44321)).toBe("Trễ 1 ngày");
  });

  it("counts from today when asOf is omitted", () => {
    jest.useFakeTimers({ now: new Date(2021, 3, 20, 16, 30) }); // 20/4/2021, local time
    expect(PHULUC.daysLeft("CBCS")).toBe(14);
    expect(PHULUC.status(null, "CBCS")).toBe("Còn 14 ngày");
    // 22, 23, 26–29/4 and 04/5: 21/4 is Giỗ Tổ, 30/4–3/5 the holidays.
    expect(PHULUC.workdaysLeft("CBCS")).toBe(7);
  });

  it("speaks English when Office's display language or the pane says so", () => {
    setFunctionsLanguage("en");
    expect(PHULUC.status(d("05/5/2021"), "CBCS")).toBe("Late by 1 day");
    expect(PHULUC.status(null, "CBCS", d("06/5/2021"))).toBe("Overdue by 2 days");
    expect(errorOf(() => PHULUC.deadline("XX")).message).toBe(
      'No level "XX" (levels: DBCS, CBCS, CBTT, DBK)',
    );
    setFunctionsLanguage(undefined);
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { displayLanguage: "en-US" } };
    try {
      expect(PHULUC.status(d("04/5/2021"), "CBCS")).toBe("On time");
      g.Office = { context: { displayLanguage: "vi-VN" } };
      expect(PHULUC.status(d("04/5/2021"), "CBCS")).toBe("Đúng hạn");
    } finally {
      delete g.Office;
    }
  });

  it("gives Excel errors for bad arguments and passes errors from cells on", () => {
    expect(errorOf(() => PHULUC.onTime(true, "CBCS")).code).toBe("#VALUE!");
    expect(errorOf(() => PHULUC.onTime("hôm qua", "CBCS")).code).toBe("#VALUE!");
    expect(errorOf(() => PHULUC.onTime(44320, "")).code).toBe("#N/A");
    expect(errorOf(() => PHULUC.status(44320, "ZZ")).code).toBe("#N/A");
    expect(errorOf(() => PHULUC.daysLeft("CBCS", "sáng nay")).code).toBe("#VALUE!");
    expect(errorOf(() => PHULUC.daysLeft(Infinity, 44000)).code).toBe("#VALUE!");
    expect(errorOf(() => PHULUC.daysLeft(3_000_000, 44000)).code).toBe("#NUM!");
    const fromCell = new StandInError("#N/A", "from a cell");
    expect(errorOf(() => PHULUC.status(fromCell, "CBCS"))).toEqual({
      code: "#N/A",
      message: "from a cell",
    });
  });
});

describe("WORKDAYSLEFT", () => {
  it("counts Vietnamese working days after asOf up to the last day on time", () => {
    // After 28/4/2021 up to 04/5: 29/4 and 04/5 (30/4, 1/5 holidays, 3/5 compensatory).
    expect(PHULUC.workdaysLeft("CBCS", d("28/4/2021"))).toBe(2);
    expect(PHULUC.workdaysLeft(d("04/5/2021"), d("28/4/2021"))).toBe(2);
    // DBK: last day on time 29/5/2021, a Saturday.
    expect(PHULUC.workdaysLeft("DBK", d("28/5/2021"))).toBe(0);
    // Overdue: 05, 06, 07/5 have passed since 04/5.
    expect(PHULUC.workdaysLeft("CBCS", d("07/5/2021"))).toBe(-3);
  });

  it("refuses dates the calendar does not cover", () => {
    expect(errorOf(() => PHULUC.workdaysLeft(d("1/1/2200"), d("1/1/2199"))).code).toBe("#NUM!");
    expect(errorOf(() => PHULUC.workdaysLeft(30, 44000)).code).toBe("#NUM!");
  });
});

describe("WORKDAYVN and NETWORKDAYSVN", () => {
  it("step over weekends, holidays and compensatory days like Excel's functions", () => {
    expect(PHULUC.workdayVn(d("29/4/2021"), 1)).toBe(d("04/5/2021"));
    expect(PHULUC.workdayVn(d("04/5/2021"), -1)).toBe(d("29/4/2021"));
    expect(PHULUC.workdayVn(d("09/2/2021"), 1)).toBe(d("17/2/2021")); // Tết Tân Sửu
    expect(PHULUC.networkDaysVn(d("26/4/2021"), d("07/5/2021"))).toBe(8);
    expect(PHULUC.networkDaysVn(d("07/5/2021"), d("26/4/2021"))).toBe(-8);
    expect(PHULUC.networkDaysVn(d("30/4/2021"), d("30/4/2021"))).toBe(0);
  });

  it("read days and dates as Excel does: truncation, blanks as 0, text dates", () => {
    expect(PHULUC.workdayVn(d("30/4/2021"), 0)).toBe(d("30/4/2021")); // start itself, even a holiday
    expect(PHULUC.workdayVn(d("29/4/2021"), 1.9)).toBe(d("04/5/2021"));
    expect(PHULUC.workdayVn(d("04/5/2021"), -1.9)).toBe(d("29/4/2021"));
    expect(PHULUC.workdayVn(d("29/4/2021"), "")).toBe(d("29/4/2021"));
    expect(PHULUC.workdayVn("29/04/2021", "2")).toBe(d("05/5/2021"));
    expect(PHULUC.workdayVn(d("29/4/2021") + 0.75, 1)).toBe(d("04/5/2021"));
  });

  it("take extra days off from a range, ignoring blanks", () => {
    const extra = [[d("05/5/2021")], [""], [d("08/5/2021")]];
    expect(PHULUC.workdayVn(d("29/4/2021"), 2, extra)).toBe(d("06/5/2021"));
    expect(PHULUC.networkDaysVn(d("26/4/2021"), d("07/5/2021"), extra)).toBe(7);
    expect(PHULUC.networkDaysVn(d("26/4/2021"), d("07/5/2021"), [["", null]])).toBe(8);
    expect(PHULUC.networkDaysVn(d("26/4/2021"), d("07/5/2021"), [["06/05/2021"]])).toBe(7);
  });

  it("give #VALUE! for bad values and #NUM! outside 1900–2199", () => {
    expect(errorOf(() => PHULUC.workdayVn(d("29/4/2021"), true)).code).toBe("#VALUE!");
    expect(errorOf(() => PHULUC.workdayVn(d("29/4/2021"), "hai")).code).toBe("#VALUE!");
    expect(errorOf(() => PHULUC.workdayVn(d("29/4/2021"), 1, [["lễ"]])).code).toBe("#VALUE!");
    expect(errorOf(() => PHULUC.networkDaysVn("", d("07/5/2021"))).code).toBe("#N/A");
    expect(errorOf(() => PHULUC.workdayVn(15, 1)).code).toBe("#NUM!");
    expect(errorOf(() => PHULUC.workdayVn(d("29/12/2199"), 10)).code).toBe("#NUM!");
    expect(errorOf(() => PHULUC.networkDaysVn(d("1/1/2000"), d("1/1/2200"))).code).toBe("#NUM!");
  });
});

describe("ISHOLIDAY and LUNAR", () => {
  it("names holidays and compensatory days, FALSE otherwise", () => {
    expect(PHULUC.isHoliday(d("30/4/2021"))).toBe("Ngày Chiến thắng");
    expect(PHULUC.isHoliday(d("03/5/2021"))).toBe("Nghỉ bù Ngày Quốc tế Lao động");
    expect(PHULUC.isHoliday(d("21/4/2021"))).toBe("Giỗ Tổ Hùng Vương");
    expect(PHULUC.isHoliday(d("05/5/2021"))).toBe(false);
    expect(PHULUC.isHoliday(d("30/5/2021"))).toBe(false); // a Sunday, not a holiday
    expect(PHULUC.isHoliday(d("05/5/2021"), [[d("05/5/2021")]])).toBe("Ngày nghỉ thêm");
    setFunctionsLanguage("en");
    expect(PHULUC.isHoliday(d("05/5/2021"), [[d("05/5/2021")]])).toBe("Extra day off");
    expect(PHULUC.isHoliday(d("30/4/2021"))).toMatch(/^[A-Z][a-z]/);
  });

  it("writes the lunar date in long and short forms, leap months marked", () => {
    expect(PHULUC.lunar(d("04/5/2021"))).toBe("Ngày 23 tháng 3 năm Tân Sửu");
    expect(PHULUC.lunar(d("12/2/2021"))).toBe("Ngày 1 tháng 1 năm Tân Sửu");
    expect(PHULUC.lunar(d("04/5/2021"), "short")).toBe("23/3/2021 ÂL");
    expect(PHULUC.lunar("04/05/2021", "Ngắn")).toBe("23/3/2021 ÂL");
    expect(PHULUC.lunar(d("23/5/2020"))).toBe("Ngày 1 tháng 4 (nhuận) năm Canh Tý");
    setFunctionsLanguage("en");
    expect(PHULUC.lunar(d("04/5/2021"))).toBe("Day 23, month 3, year Tân Sửu");
  });

  it("give Excel errors for bad arguments", () => {
    expect(errorOf(() => PHULUC.lunar(d("04/5/2021"), "to")).code).toBe("#VALUE!");
    expect(errorOf(() => PHULUC.lunar(d("1/1/2200"))).code).toBe("#NUM!");
    expect(errorOf(() => PHULUC.isHoliday(false)).code).toBe("#VALUE!");
  });
});

describe("COMPLETION, REPORTINGRATE, TIMELINESS", () => {
  it("COMPLETION counts filled required cells", () => {
    expect(
      PHULUC.completion([
        [5, ""],
        ["x", 0],
      ]),
    ).toBe(0.75);
    expect(
      PHULUC.completion(
        [
          [5, ""],
          ["x", 0],
        ],
        [
          [true, false],
          ["x", 0],
        ],
      ),
    ).toBe(1);
    // Required: 5 (filled), "" (blank), 0 (filled).
    expect(
      PHULUC.completion(
        [
          [5, ""],
          ["x", 0],
        ],
        [
          [1, "X"],
          ["", "có"],
        ],
      ),
    ).toBeCloseTo(2 / 3, 12);
    expect(PHULUC.completion([[new StandInError("#N/A"), 3]])).toBe(0.5);
    expect(PHULUC.completion([["   ", false]])).toBe(0.5);
  });

  it("COMPLETION refuses mismatched or meaningless required ranges", () => {
    expect(errorOf(() => PHULUC.completion([[1, 2]], [[true]])).code).toBe("#VALUE!");
    expect(errorOf(() => PHULUC.completion([[1]], [["maybe"]])).code).toBe("#VALUE!");
    expect(errorOf(() => PHULUC.completion([[1, 2]], [[false, 0]])).code).toBe("#DIV/0!");
  });

  it("REPORTINGRATE counts cells holding a date", () => {
    expect(PHULUC.reportingRate([[44320], [""], ["05/5/2021"], ["chưa nộp"]])).toBe(0.5);
    expect(PHULUC.reportingRate([[""], [true], [new StandInError("#N/A")]])).toBe(0);
    expect(errorOf(() => PHULUC.reportingRate([])).code).toBe("#DIV/0!");
  });

  it("TIMELINESS counts the on-time among those who submitted", () => {
    const sent = [[d("04/5/2021")], [d("05/5/2021")], [""], [d("01/5/2021")]];
    expect(PHULUC.timeliness(sent, [["CBCS"]])).toBeCloseTo(2 / 3, 12);
    expect(PHULUC.timeliness(sent, [[PHULUC.deadline("CBCS")]])).toBeCloseTo(2 / 3, 12);
    expect(PHULUC.timeliness(sent, [["CBCS"], [d("05/5/2021")], [""], ["DBK"]])).toBe(1);
    expect(errorOf(() => PHULUC.timeliness(sent, [["CBCS"], [""], [""], ["DBK"]])).code).toBe(
      "#N/A",
    );
    expect(errorOf(() => PHULUC.timeliness(sent, [["CBCS", "DBK"]])).code).toBe("#VALUE!");
    expect(errorOf(() => PHULUC.timeliness([[""], [""]], [["CBCS"]])).code).toBe("#DIV/0!");
    expect(errorOf(() => PHULUC.timeliness([[44320]], [["QQ"]])).code).toBe("#N/A");
  });
});
