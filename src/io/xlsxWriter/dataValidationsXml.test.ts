import fc from "fast-check";
import type { PlanValidation } from "../../shared/model";
import { toExcelValidation } from "../toExcelValidation";
import { dataValidationsXml } from "./dataValidationsXml";
import { DataValidationsXform, render } from "./exceljsInternals.testutil";
import { forExcelJs } from "./writeWithExcelJs.testutil";

const cellIn = (rows: number, cols: number) =>
  fc.record({ r: fc.nat(rows), c: fc.nat(cols) }).map(({ r, c }) => `${"ABCDE"[c]}${r + 1}`);
const validation = fc.record(
  {
    range: fc.oneof(
      cellIn(5, 4),
      fc.tuple(cellIn(5, 4), cellIn(5, 4)).map(([a, b]) => {
        const [r1, r2] = [Number(a.slice(1)), Number(b.slice(1))].sort((x, y) => x - y);
        const [c1, c2] = [a[0], b[0]].sort();
        return `${c1}${r1}:${c2}${r2}`;
      }),
    ),
    kind: fc.constantFrom("whole", "decimal", "list", "date", "textLength"),
    min: fc.constantFrom(0, -3, 44197),
    max: fc.constantFrom(10, 46022, 1e15),
    list: fc.array(fc.constantFrom("Có", "Không", 'a "b"', "x<y&z"), { maxLength: 3 }),
    prompt: fc.constantFrom("Nhập số", "<b>&"),
    error: fc.constantFrom("Sai", "x&y"),
  },
  { requiredKeys: ["range", "kind"] },
) as fc.Arbitrary<PlanValidation>;

/** What ExcelJS writes for the same validations, added as the ExcelJS writer adds them. */
function theirs(validations: PlanValidation[]): string {
  const model: Record<string, unknown> = {};
  for (const v of validations) model[v.range] = forExcelJs(toExcelValidation(v));
  return render(new DataValidationsXform(), model);
}

describe("dataValidationsXml", () => {
  it("writes nothing for no validations", () => {
    expect(dataValidationsXml([])).toBe("");
  });

  it("squeezes equal single-cell validations into rectangles, keeps ranges as given", () => {
    const whole: Omit<PlanValidation, "range"> = { kind: "whole", min: 0 };
    const xml = dataValidationsXml([
      { range: "B2", ...whole },
      { range: "B3", ...whole },
      { range: "C2", ...whole },
      { range: "C3", ...whole },
      { range: "D2:D9", kind: "list", list: ["Có", "Không"] },
    ]);
    expect(xml).toBe(
      '<dataValidations count="2">' +
        '<dataValidation type="whole" allowBlank="1" sqref="B2:C3"><formula1>0</formula1><formula2>1000000000000000</formula2></dataValidation>' +
        '<dataValidation type="list" allowBlank="1" sqref="D2:D9"><formula1>&quot;Có,Không&quot;</formula1></dataValidation>' +
        "</dataValidations>",
    );
  });

  it("keeps date rules with different bounds apart (ExcelJS took any two dates for equal)", () => {
    const xml = dataValidationsXml([
      { range: "A1", kind: "date", min: 1, max: 2 },
      { range: "A2", kind: "date", min: 3, max: 4 },
      { range: "A3", kind: "date", min: 3, max: 4 },
    ]);
    expect(xml).toContain('sqref="A1"><formula1>1</formula1><formula2>2</formula2>');
    expect(xml).toContain('sqref="A2:A3"><formula1>3</formula1><formula2>4</formula2>');
  });

  it("writes a range given with $ signs or reversed corners as given (ExcelJS crashed on it)", () => {
    expect(dataValidationsXml([{ range: "$D$5:$D$9", kind: "whole", min: 0 }])).toContain(
      'sqref="$D$5:$D$9"',
    );
    expect(dataValidationsXml([{ range: "D9:D5", kind: "whole", min: 0 }])).toContain(
      'sqref="D9:D5"',
    );
  });

  it("writes what ExcelJS, the differential oracle, writes for any mix of validations", () => {
    // With the dates' bounds alike: that is the one place ExcelJS's equality is wrong.
    const sameDates = (v: PlanValidation) =>
      v.kind === "date" ? { ...v, min: 44197, max: 46022 } : v;
    fc.assert(
      fc.property(fc.array(validation.map(sameDates), { maxLength: 14 }), (vs) => {
        expect(dataValidationsXml(vs)).toBe(theirs(vs));
      }),
      { numRuns: 500 },
    );
  });
});
