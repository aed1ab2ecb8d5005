import { embeddedCampaign } from "../campaign/embedded";
import {
  indicatorSchema,
  outlineSchema,
  type Indicator,
  type IndicatorSheet,
  type OutlineInput,
} from "./outline";

/** A fresh, mutable copy of the embedded outline, as plain input. */
const base = (): OutlineInput & { sheets: any[]; rules: any[] } =>
  JSON.parse(JSON.stringify(embeddedCampaign.outline));

/** Issues as "path: message", the way a user sees them. */
function issues(data: unknown): string[] {
  const r = outlineSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

const sheetIndex = (o: { sheets: Array<{ id: string }> }, id: string) =>
  o.sheets.findIndex((s) => s.id === id);

describe("outlineSchema", () => {
  it("accepts the embedded outline", () => {
    expect(issues(base())).toEqual([]);
  });

  it("fills the defaults of a minimal indicator", () => {
    const ind: Indicator = indicatorSchema.parse({ code: "1", label: "Số cuộc", type: "integer" });
    expect(ind).toEqual({
      code: "1",
      label: "Số cuộc",
      unit: "",
      type: "integer",
      required: true,
      aggregation: "sum",
      sumOfChildren: false,
      heading: false,
    });
    const o = outlineSchema.parse({ ...base(), rules: undefined });
    expect(o.rules).toEqual([]);
    const list = o.sheets.find((s) => s.kind === "list");
    expect(list?.kind === "list" && list.maxRows).toBe(200);
  });

  it("refuses a duplicate indicator code, naming its path", () => {
    const o = base();
    const b1 = sheetIndex(o, "B1");
    o.sheets[b1].indicators[6].code = "5";
    expect(issues(o)).toEqual([`sheets.${b1}.indicators.6.code: trùng mã chỉ tiêu 5 trong B1`]);
  });

  it("refuses a ratio that refers to an unknown indicator", () => {
    const o = base();
    const b2 = sheetIndex(o, "B2");
    const j = o.sheets[b2].indicators.findIndex((i: Indicator) => i.code === "3");
    o.sheets[b2].indicators[j].aggregation = { ratio: { numerator: "2", denominator: "99" } };
    expect(issues(o)).toEqual([
      `sheets.${b2}.indicators.${j}.aggregation: tỷ lệ tham chiếu chỉ tiêu không có: 99`,
    ]);
  });

  it("refuses min greater than max and a choice without choices", () => {
    const o = base();
    const b1 = sheetIndex(o, "B1");
    o.sheets[b1].indicators[1].min = 10;
    o.sheets[b1].indicators[1].max = 5;
    o.sheets[b1].indicators[2].type = "choice";
    expect(issues(o)).toEqual([
      `sheets.${b1}.indicators.1: min lớn hơn max`,
      `sheets.${b1}.indicators.2: chỉ tiêu kiểu choice cần danh sách choices`,
    ]);
  });

  it("refuses malformed indicator codes and versions", () => {
    const o = base();
    const b1 = sheetIndex(o, "B1");
    o.sheets[b1].indicators[2].code = "1..2";
    o.version = "1.0";
    expect(issues(o)).toEqual([
      "version: phiên bản dạng 1.0.0",
      `sheets.${b1}.indicators.2.code: mã chỉ tiêu dạng 1, 1.2, 2.a`,
    ]);
  });

  it("refuses duplicate sheet ids and tab names, ignoring case", () => {
    const o = base();
    o.sheets[6].id = o.sheets[5].id;
    o.sheets[3].name = o.sheets[4].name.toUpperCase();
    expect(issues(o)).toEqual([
      `sheets.4.name: trùng tên sheet ${base().sheets[4].name}`,
      `sheets.6.id: trùng mã sheet ${o.sheets[5].id}`,
    ]);
  });

  it("refuses tab names Excel would refuse", () => {
    const long = base();
    long.sheets[1].name = "B1 Quán triệt, triển khai Nghị quyết 01";
    expect(issues(long)).toEqual([expect.stringMatching(/^sheets\.1\.name: /)]);
    const colon = base();
    colon.sheets[1].name = "B1: Quán triệt";
    expect(issues(colon)).toEqual(["sheets.1.name: tên sheet không được chứa [ ] : * ? / \\"]);
  });

  it("refuses a rule on an unknown sheet and a sheet of an unknown kind", () => {
    const o = base();
    o.rules[0].sheet = "B9";
    expect(issues(o)).toEqual([
      `rules.0.sheet: quy tắc ${o.rules[0].id} tham chiếu sheet không có: B9`,
    ]);
    const k = base();
    k.sheets[1].kind = "table";
    expect(issues(k)).toEqual([expect.stringMatching(/^sheets\.1\.kind: /)]);
  });

  it("refuses sheets without columns or indicators", () => {
    const o = base();
    const b4 = sheetIndex(o, "B4");
    o.sheets[b4].columns = [];
    o.sheets[b4].indicators = [];
    expect(issues(o).map((s) => s.split(":")[0])).toEqual([
      `sheets.${b4}.columns`,
      `sheets.${b4}.indicators`,
    ]);
  });

  it("keeps parsed indicator sheets typed", () => {
    const o = outlineSchema.parse(base());
    const b3 = o.sheets.find((s): s is IndicatorSheet => s.kind === "indicators" && s.id === "B3");
    expect(b3?.indicators.filter((i) => i.sumOfChildren).map((i) => i.code)).toEqual([
      "1",
      "3",
      "4",
    ]);
  });
});
