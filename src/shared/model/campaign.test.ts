import { embeddedCampaign } from "../campaign/embedded";
import { campaignSchema, milestoneSchema, type CampaignInput } from "./campaign";

type Mutable = CampaignInput & { levels: any[]; units: any[]; outline: any; documents: any[] };

/** A fresh, mutable copy of the embedded campaign, as plain input. */
const base = (): Mutable => JSON.parse(JSON.stringify(embeddedCampaign));

function issues(data: unknown): string[] {
  const r = campaignSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

const unitIndex = (c: Mutable, code: string) => c.units.findIndex((u) => u.code === code);
const levelIndex = (c: Mutable, code: string) => c.levels.findIndex((l) => l.code === code);

describe("campaignSchema", () => {
  it("accepts the embedded campaign", () => {
    expect(issues(base())).toEqual([]);
  });

  it("fills defaults: no documents, no units, no extra holidays, milestones not inclusive", () => {
    const { units: _u, documents: _d, calendar: _c, ...rest } = base();
    void _u;
    void _d;
    void _c;
    const c = campaignSchema.parse(rest);
    expect(c.units).toEqual([]);
    expect(c.documents).toEqual([]);
    expect(c.calendar).toEqual({ extraHolidays: [] });
    expect(
      milestoneSchema.parse({
        id: "report",
        label: "Báo cáo",
        asWritten: "trước ngày 05/5/2021",
        due: "2021-05-05",
      }).inclusive,
    ).toBe(false);
  });

  it("refuses duplicate unit codes, naming the second one", () => {
    const c = base();
    const i = unitIndex(c, "CBCS02");
    c.units[i].code = "CBCS01";
    expect(issues(c)).toEqual([`units.${i}.code: trùng mã đơn vị CBCS01`]);
  });

  it("refuses a unit of an unknown level or type", () => {
    const c = base();
    const i = unitIndex(c, "DBCS03");
    c.units[i].level = "DBX";
    c.units[i].type = "HCSN";
    expect(issues(c)).toEqual([
      `units.${i}.level: đơn vị DBCS03: cấp không có DBX`,
      `units.${i}.type: đơn vị DBCS03: loại hình không có HCSN`,
    ]);
  });

  it("refuses a parent that is not in the registry", () => {
    const c = base();
    const i = unitIndex(c, "CBTT01");
    c.units[i].parent = "DBCS99";
    expect(issues(c)).toEqual([
      `units.${i}.parent: đơn vị CBTT01: đơn vị cấp trên không có DBCS99`,
    ]);
  });

  it("refuses a level reporting to an unknown level", () => {
    const c = base();
    const i = levelIndex(c, "CBTT");
    c.levels[i].reportsTo = "DBTT";
    expect(issues(c)).toEqual([`levels.${i}.reportsTo: cấp không có: DBTT`]);
  });

  it("refuses an indicator for an unknown unit type", () => {
    const c = base();
    const s = c.outline.sheets.findIndex((x: { id: string }) => x.id === "B2");
    c.outline.sheets[s].indicators[2].appliesTo = ["CQ", "HTX"];
    expect(issues(c)).toEqual([
      `outline.sheets.${s}.indicators.2.appliesTo: loại hình không có: HTX`,
    ]);
  });

  it("refuses dates that do not exist, in milestones, windows and documents", () => {
    const c = base();
    const cbcs = levelIndex(c, "CBCS");
    const cbtt = levelIndex(c, "CBTT");
    c.levels[cbcs].milestones[0].due = "2021-02-30";
    c.levels[cbtt].milestones[0].window.to = "2021-04-31";
    c.documents[0].date = "2016-10-32";
    expect(issues(c)).toEqual([
      "documents.0.date: không phải ngày có thật",
      `levels.${cbcs}.milestones.0.due: không phải ngày có thật`,
      `levels.${cbtt}.milestones.0.window.to: không phải ngày có thật`,
    ]);
  });

  it("refuses a milestone with neither due date nor window, or a window that ends before it starts", () => {
    const c = base();
    const dbk = levelIndex(c, "DBK");
    delete c.levels[dbk].milestones[0].due;
    const cbtt = levelIndex(c, "CBTT");
    c.levels[cbtt].milestones[1].window = { from: "2021-04-30", to: "2021-03-01" };
    expect(issues(c).sort()).toEqual(
      [
        `levels.${cbtt}.milestones.1: khoảng thời gian: from sau to`,
        `levels.${dbk}.milestones.0: mốc cần ngày hạn (due) hoặc khoảng (window)`,
      ].sort(),
    );
  });

  it("refuses a level without milestones and an unknown milestone id", () => {
    const c = base();
    const dbk = levelIndex(c, "DBK");
    c.levels[dbk].milestones = [];
    const cbcs = levelIndex(c, "CBCS");
    c.levels[cbcs].milestones[0].id = "meeting";
    expect(
      issues(c)
        .map((s) => s.split(":")[0])
        .sort(),
    ).toEqual([`levels.${dbk}.milestones`, `levels.${cbcs}.milestones.0.id`].sort());
  });

  it("reports problems deep in the outline with their full path", () => {
    const c = base();
    const b1 = c.outline.sheets.findIndex((x: { id: string }) => x.id === "B1");
    c.outline.sheets[b1].indicators[4].code = "3";
    expect(issues(c)).toEqual([
      `outline.sheets.${b1}.indicators.4.code: trùng mã chỉ tiêu 3 trong B1`,
    ]);
  });

  it("refuses a campaign without unit types or levels", () => {
    const c = base();
    c.unitTypes = [];
    c.levels = [];
    c.units = [];
    c.outline.sheets.forEach((s: { indicators?: Array<{ appliesTo?: string[] }> }) =>
      s.indicators?.forEach((i) => delete i.appliesTo),
    );
    expect(issues(c).map((s) => s.split(":")[0])).toEqual(["unitTypes", "levels"]);
  });
});
