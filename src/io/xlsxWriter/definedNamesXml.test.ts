import fc from "fast-check";
import { quoteSheetName } from "../../shared/a1/a1";
import { definedNamesXml } from "./definedNamesXml";
import { DefinedNames, WorkbookXform } from "./exceljsInternals.testutil";

/** The `<definedNames>` ExcelJS writes for names added as the ExcelJS writer adds them. */
function theirs(names: Array<{ name: string; ref: string }>): string {
  const dn = new DefinedNames();
  for (const { name, ref } of names) dn.add(ref, name);
  const xml = new WorkbookXform().toXml({
    properties: {},
    sheets: [],
    definedNames: dn.model,
    calcProperties: {},
  });
  return /<definedNames>.*<\/definedNames>/.exec(xml)?.[0] ?? "";
}

const cell = fc.record({ r: fc.nat(6), c: fc.nat(4) });
const ref = fc
  .record({
    sheet: fc.constantFrom("Data", "2021", "Biểu 1", "Đơn vị's"),
    a: cell,
    b: fc.option(cell, { nil: undefined }),
  })
  .map(({ sheet, a, b }) => {
    const abs = (p: { r: number; c: number }) => `$${"ABCDE"[p.c]}$${p.r + 1}`;
    const at = b
      ? `${abs({ r: Math.min(a.r, b.r), c: Math.min(a.c, b.c) })}:${abs({ r: Math.max(a.r, b.r), c: Math.max(a.c, b.c) })}`
      : abs(a);
    return `${/^[A-Za-z0-9]+$/.test(sheet) ? sheet : quoteSheetName(sheet)}!${at}`;
  });

describe("definedNamesXml", () => {
  it("writes nothing for no names", () => {
    expect(definedNamesXml([])).toBe("");
  });

  it("writes a name's cells back as rectangles, merging adjacent references", () => {
    expect(
      definedNamesXml([
        { name: "Tong", ref: "'Biểu 1'!$D$5:$D$9" },
        { name: "Tong", ref: "'Biểu 1'!$E$5:$E$9" },
        { name: "Ma", ref: "Data!$A$1" },
      ]),
    ).toBe(
      '<definedNames><definedName name="Tong">&apos;Biểu 1&apos;!$D$5:$E$9</definedName>' +
        '<definedName name="Ma">Data!$A$1</definedName></definedNames>',
    );
  });

  it("writes what ExcelJS writes for any set of names", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.constantFrom("Tong", "Ds_DonVi", "a<b"), ref }), {
          maxLength: 6,
        }),
        (names) => {
          expect(definedNamesXml(names)).toBe(theirs(names));
        },
      ),
      { numRuns: 500 },
    );
  });
});
