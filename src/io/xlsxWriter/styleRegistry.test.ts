import fc from "fast-check";
import type { PlanStyle } from "../../shared/model";
import { PLAN_STYLES } from "../../shared/plan/styles";
import { toExcelStyle } from "../toExcelStyle";
import { StylesXform } from "./exceljsInternals.testutil";
import { planStyleArbitrary } from "./planFixtures.testutil";
import { createStyleRegistry, stylesPart } from "./styleRegistry";

const planStyle = planStyleArbitrary;

describe("styleRegistry", () => {
  it("gives the default format to no style and to a style that changes nothing", () => {
    const r = createStyleRegistry({
      plain: {},
      locked: { locked: true },
      bold: { font: { bold: true } },
    });
    expect([r.indexOf(undefined), r.indexOf("plain"), r.indexOf("locked")]).toEqual([0, 0, 0]);
    expect(r.indexOf("bold")).toBe(1);
    expect(r.xfs).toHaveLength(2);
  });

  it("numbers custom formats from 164 and refers to built-in ones by id", () => {
    const r = createStyleRegistry({
      d: { numberFormat: "dd/mm/yyyy" },
      p: { numberFormat: "0.0%" },
      n: { numberFormat: "#,##0" },
    });
    ["d", "p", "n", "d"].forEach((n) => r.indexOf(n));
    expect(r.numFmts).toEqual([
      '<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>',
      '<numFmt numFmtId="165" formatCode="0.0%"/>',
    ]);
    expect(r.xfs[3]).toMatch(/^<xf numFmtId="3" /);
  });

  it("refuses a style the plan does not define, as the ExcelJS writer does", () => {
    expect(() => createStyleRegistry({}).indexOf("nope")).toThrow(
      'Plan style "nope" is not defined',
    );
  });

  it("writes the styles part ExcelJS writes, for the plan styles in any order of use", () => {
    const names = Object.keys(PLAN_STYLES);
    fc.assert(
      fc.property(
        fc.array(planStyle, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(100), { maxLength: 30 }),
        (extra, order) => {
          const styles: Record<string, PlanStyle> = { ...PLAN_STYLES };
          extra.forEach((s, i) => (styles[`x${i}`] = s));
          const all = [...names, ...extra.map((_, i) => `x${i}`)];
          const ours = createStyleRegistry(styles);
          const theirs = new StylesXform(true);
          const objects = new Map(all.map((n) => [n, toExcelStyle(styles[n])]));
          for (const k of order) {
            const name = all[k % all.length];
            expect(ours.indexOf(name)).toBe(theirs.addStyleModel(objects.get(name) as object));
          }
          // The same part but for the Normal font, which is Times New Roman on purpose.
          const normalFont = (xml: string) => xml.replace(/(<fonts [^>]*>)<font>.*?<\/font>/, "$1");
          expect(normalFont(stylesPart(ours))).toBe(normalFont(theirs.xml));
          expect(stylesPart(ours)).toContain(
            '<font><color theme="1"/><family val="1"/><sz val="12"/><name val="Times New Roman"/></font>',
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
