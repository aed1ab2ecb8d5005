import { ratioParts } from "../outline/indicators";
import { existsSync, readFileSync } from "fs";
import { campaignSchema, type IndicatorSheet, type Indicator } from "../model";
import { checkOutlineRules } from "../rules/checkOutlineRules";
import { embeddedCampaign as campaign } from "./embedded";

const PLAN_PATH = "/work/shared/seed/000_868a4ae3f4ca4609.txt";
/** The plan's text with its emphasis marks and line breaks removed, where it is available. */
const plan = existsSync(PLAN_PATH)
  ? readFileSync(PLAN_PATH, "utf8").replace(/\*/g, "").replace(/\s+/g, " ")
  : undefined;

const level = (code: string) => {
  const l = campaign.levels.find((x) => x.code === code);
  if (!l) throw new Error(`no level ${code}`);
  return l;
};
const milestone = (code: string, id: "conference" | "report") =>
  level(code).milestones.find((m) => m.id === id);
const indicatorSheets = campaign.outline.sheets.filter(
  (s): s is IndicatorSheet => s.kind === "indicators",
);
const sheet = (id: string) => {
  const s = campaign.outline.sheets.find((x) => x.id === id);
  if (!s) throw new Error(`no sheet ${id}`);
  return s;
};
const allIndicators: Array<{ sheet: IndicatorSheet; ind: Indicator }> = indicatorSheets.flatMap(
  (s) => s.indicators.map((ind) => ({ sheet: s, ind })),
);
const valueIndicators = allIndicators.filter(({ ind }) => !ind.heading);

describe("embedded campaign: identity and milestones", () => {
  it("is already in parsed form: parsing it again changes nothing", () => {
    expect(campaignSchema.parse(JSON.parse(JSON.stringify(campaign)))).toEqual(campaign);
  });

  it("names the plan, its issuer and the two documents under review", () => {
    expect(campaign.id).toBe("sk5-nq01-ct01-2021");
    expect(campaign.title).toBe(
      "Sơ kết 05 năm thực hiện Nghị quyết số 01-NQ/ĐUK, ngày 10/10/2016 và Chỉ thị số 01-CT/ĐUK, ngày 10/3/2016 của Đảng ủy Khối về xây dựng văn hóa công sở và văn hóa doanh nghiệp",
    );
    expect(campaign.issuer).toBe("Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh");
    expect(campaign.documents.map((d) => [d.number, d.date])).toEqual([
      ["01-NQ/ĐUK", "2016-10-10"],
      ["01-CT/ĐUK", "2016-03-10"],
    ]);
    expect(campaign.cutoffDate).toBeUndefined();
    expect(campaign.unitTypes).toEqual([
      { code: "CQ", name: "Cơ quan" },
      { code: "DN", name: "Doanh nghiệp" },
    ]);
  });

  it("reads 'trước ngày X' literally: X itself is late", () => {
    expect(milestone("DBCS", "conference")).toMatchObject({ due: "2021-04-30", inclusive: false });
    expect(milestone("CBCS", "conference")).toMatchObject({ due: "2021-04-15", inclusive: false });
    expect(milestone("DBK", "conference")).toMatchObject({ due: "2021-05-30", inclusive: false });
    for (const code of ["DBCS", "CBCS"]) {
      expect(milestone(code, "report")).toMatchObject({ due: "2021-05-05", inclusive: false });
    }
  });

  it("gives the chi bộ trực thuộc the March–April sessions, inclusive, and makes them report to their đảng bộ", () => {
    const window = { from: "2021-03-01", to: "2021-04-30" };
    expect(milestone("CBTT", "conference")).toMatchObject({ window, inclusive: true });
    expect(milestone("CBTT", "report")).toMatchObject({ window, inclusive: true });
    expect(level("CBTT").reportsTo).toBe("DBCS");
    expect(milestone("DBK", "report")).toBeUndefined();
  });

  it("quotes the period and the finishing date where the plan gives both", () => {
    expect(milestone("DBCS", "conference")?.asWritten).toMatch(
      /Quý II năm 2021.*trước ngày 30\/4\/2021/,
    );
    expect(milestone("CBCS", "conference")?.asWritten).toMatch(
      /tháng 3 và tháng 4 năm 2021.*trước ngày 15\/4\/2021/,
    );
  });

  (plan ? it : it.skip)("uses the plan's own words in every milestone and document title", () => {
    for (const l of campaign.levels) {
      for (const m of l.milestones) {
        for (const part of m.asWritten.split("; ")) expect(plan).toContain(part);
      }
    }
    expect(plan).toContain(campaign.title.slice(1));
    expect(plan).toContain(campaign.issuer);
    for (const d of campaign.documents) {
      expect(plan).toContain(d.title.split(" về ")[0]);
    }
  });
});

describe("embedded campaign: outline", () => {
  it("has the outline id, version and sheets, with tab names Excel accepts", () => {
    expect(campaign.outline.id).toBe("phuluc-sk5-vhcs-vhdn");
    expect(campaign.outline.version).toBe("1.0.0");
    expect(campaign.outline.sheets.map((s) => [s.id, s.kind])).toEqual([
      ["TT", "info"],
      ["B1", "indicators"],
      ["B2", "indicators"],
      ["B3", "indicators"],
      ["B4", "indicators"],
      ["L1", "list"],
      ["L2", "list"],
    ]);
    for (const s of campaign.outline.sheets) expect(s.name.length).toBeLessThanOrEqual(31);
  });

  it("has the unit information fields the core and the sample generator rely on", () => {
    const info = sheet("TT");
    if (info.kind !== "info") throw new Error("TT");
    expect(info.fields.map((f) => [f.id, f.type, f.required])).toEqual([
      ["unitCode", "text", true],
      ["unitName", "text", true],
      ["level", "choice", true],
      ["unitType", "choice", true],
      ["partyMembers", "integer", true],
      ["staff", "integer", true],
      ["conferenceDate", "date", true],
      ["submittedAt", "date", true],
      ["preparer", "text", true],
      ["phone", "text", false],
    ]);
    expect(info.fields.find((f) => f.id === "level")?.choices).toEqual(
      campaign.levels.map((l) => l.code),
    );
    expect(info.fields.find((f) => f.id === "unitType")?.choices).toEqual(["CQ", "DN"]);
    expect(info.fields.find((f) => f.id === "submittedAt")?.label).toBe("Ngày gửi báo cáo");
  });

  it("has one 'Số lượng' column on single-value sheets and the years 2016–2020 on B2", () => {
    for (const id of ["B1", "B3", "B4"]) {
      const s = sheet(id);
      expect(s.kind === "indicators" && s.columns).toEqual([{ id: "SL", header: "Số lượng" }]);
    }
    const b2 = sheet("B2");
    expect(b2.kind === "indicators" && b2.columns.map((c) => c.id)).toEqual([
      "2016",
      "2017",
      "2018",
      "2019",
      "2020",
    ]);
  });

  it("has at least 40 indicators, with headings for the parts of each table", () => {
    expect(valueIndicators.length).toBeGreaterThanOrEqual(40);
    for (const s of indicatorSheets) {
      expect(s.indicators[0]).toMatchObject({ code: "I", heading: true });
    }
  });

  it("has indicators for agencies only and for enterprises only", () => {
    const only = (t: string) =>
      valueIndicators.filter(({ ind }) => ind.appliesTo?.length === 1 && ind.appliesTo[0] === t);
    expect(only("CQ").length).toBeGreaterThanOrEqual(3);
    expect(only("DN").length).toBeGreaterThanOrEqual(3);
  });

  it("computes every percentage as a ratio of two counts of the same sheet, not typed in", () => {
    const percents = valueIndicators.filter(({ ind }) => ind.type === "percent");
    expect(percents.length).toBeGreaterThanOrEqual(4);
    for (const { sheet: s, ind } of percents) {
      expect(ind).toMatchObject({ required: false, min: 0, max: 1 });
      const ratio = ratioParts(ind);
      if (!ratio) throw new Error(`${s.id}:${ind.code} not a ratio`);
      for (const code of [ratio.numerator, ratio.denominator]) {
        const part = s.indicators.find((i) => i.code === code);
        expect(part?.type).toBe("integer");
        // A ratio for one unit type is made of parts that exist for that type.
        for (const t of ind.appliesTo ?? []) expect(part?.appliesTo ?? [t]).toContain(t);
      }
    }
  });

  it("gives every count a lower bound of 0", () => {
    for (const { ind } of valueIndicators.filter(({ ind }) => ind.type === "integer")) {
      expect(ind.min).toBe(0);
    }
  });

  it("marks parents equal to the sum of their children, including discipline by form", () => {
    const parents = valueIndicators.filter(({ ind }) => ind.sumOfChildren);
    expect(parents.map(({ sheet: s, ind }) => `${s.id}:${ind.code}`)).toEqual(
      expect.arrayContaining(["B1:7", "B3:1", "B3:3", "B3:4", "B4:1", "B4:2"]),
    );
    for (const { sheet: s, ind } of parents) {
      const kids = s.indicators.filter((i) => i.code.startsWith(ind.code + "."));
      expect(kids.length).toBeGreaterThanOrEqual(2);
      for (const k of kids) expect(k.type).toBe(ind.type);
    }
    const b3 = sheet("B3");
    expect(
      b3.kind === "indicators" &&
        b3.indicators.filter((i) => i.code.startsWith("3.")).map((i) => i.label),
    ).toEqual(["Khiển trách", "Cảnh cáo", "Cách chức", "Khai trừ"]);
  });

  it("has list tables of typical models and nominations with typed columns", () => {
    const l1 = sheet("L1");
    const l2 = sheet("L2");
    if (l1.kind !== "list" || l2.kind !== "list") throw new Error("lists");
    expect(l1.columns.map((c) => c.id)).toEqual([
      "name",
      "field",
      "yearStarted",
      "result",
      "unitType",
    ]);
    expect(l1.columns.find((c) => c.id === "yearStarted")).toMatchObject({
      type: "integer",
      min: 2016,
    });
    expect(l2.columns.find((c) => c.id === "kind")?.choices).toEqual(["Tập thể", "Cá nhân"]);
    expect(l2.columns.find((c) => c.id === "form")?.type).toBe("choice");
  });

  it("has at least five cross-field rules, all valid, one across sheets and one on a fixed column", () => {
    const rules = campaign.outline.rules;
    expect(rules.length).toBeGreaterThanOrEqual(5);
    expect(checkOutlineRules(campaign.outline)).toEqual([]);
    expect(rules.some((r) => /\[B\d:/.test(r.expr))).toBe(true);
    expect(rules.some((r) => /@\d{4}\]/.test(r.expr))).toBe(true);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });
});

describe("embedded campaign: units", () => {
  const units = campaign.units;
  const byCode = new Map(units.map((u) => [u.code, u]));

  it("has at least 40 units at every level, of both types", () => {
    expect(units.length).toBeGreaterThanOrEqual(40);
    for (const l of ["DBCS", "CBCS", "CBTT"]) {
      const at = units.filter((u) => u.level === l);
      expect(new Set(at.map((u) => u.type))).toEqual(new Set(["CQ", "DN"]));
      for (const u of at) expect(u.code).toMatch(new RegExp(`^${l}\\d{2}$`));
    }
    expect(units.filter((u) => u.level === "DBK").map((u) => u.code)).toEqual(["DBK"]);
  });

  it("attaches every chi bộ trực thuộc to a đảng bộ cơ sở of the same type, and nothing else", () => {
    for (const u of units) {
      if (u.level !== "CBTT") {
        expect(u.parent).toBeUndefined();
        continue;
      }
      const parent = byCode.get(u.parent ?? "");
      expect(parent?.level).toBe("DBCS");
      expect(parent?.type).toBe(u.type);
    }
  });

  it("names units by their organisation and gives each one of a few supervisors", () => {
    for (const u of units) {
      expect(u.name).toMatch(u.level === "DBCS" || u.level === "DBK" ? /^Đảng bộ / : /^Chi bộ /);
      expect(u.supervisor).toMatch(/^Đ\/c [^–]+ – .+/);
    }
    const supervisors = new Set(units.map((u) => u.supervisor));
    expect(supervisors.size).toBeGreaterThanOrEqual(4);
    expect(supervisors.size).toBeLessThanOrEqual(6);
    expect(new Set(units.map((u) => u.name)).size).toBe(units.length);
  });
});
