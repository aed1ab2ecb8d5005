import type { WorkSheet } from "@e965/xlsx";
import { sheetToGrid, type SheetToGridOptions } from "./sheetToGrid";

const opts = (over: Partial<SheetToGridOptions> = {}): SheetToGridOptions => ({
  isDateFormat: (z) => /d|y/.test(z),
  serialOffset: 0,
  count: () => {},
  ...over,
});

/** A dense worksheet as SheetJS gives it with cellNF and cellFormula. */
const sheet = (data: unknown[][], merges: WorkSheet["!merges"] = []): WorkSheet =>
  ({ "!data": data, "!merges": merges, "!ref": "A1:Z99" }) as unknown as WorkSheet;

describe("sheetToGrid", () => {
  it("converts values, dates, errors and booleans, keeping ragged rows without trailing blanks", () => {
    const ws = sheet([
      [
        { t: "s", v: "Mã" },
        { t: "n", v: 12, z: "#,##0" },
        { t: "n", v: 45000, z: "dd/mm/yyyy" },
      ],
      undefined as never,
      [
        undefined,
        { t: "e", v: 0x17 },
        { t: "e", v: 7, w: "#DIV/0!" },
        { t: "b", v: false },
        undefined,
      ],
    ]);
    const grid = sheetToGrid("Biểu 1", ws, "visible", opts());
    expect(grid.rows).toEqual([
      ["Mã", 12, { kind: "date", serial: 45000 }],
      [],
      [null, { kind: "error", code: "#REF!" }, { kind: "error", code: "#DIV/0!" }, false],
    ]);
    expect(grid).toMatchObject({ name: "Biểu 1", state: "visible", merges: [], formulas: {} });
  });

  it("gives a Date cell (SheetJS with cellDates) its serial, the time of day as the fraction", () => {
    const ws = sheet([[{ t: "d", v: new Date(Date.UTC(2023, 2, 15, 6)) }]]);
    expect(sheetToGrid("S", ws, "visible", opts()).rows[0][0]).toEqual({
      kind: "date",
      serial: 45000.25,
    });
  });

  it("shifts 1904-system dates to 1900 serials", () => {
    const ws = sheet([[{ t: "n", v: 43538, z: "yyyy-mm-dd" }]]);
    expect(sheetToGrid("S", ws, "visible", opts({ serialOffset: 1462 })).rows[0][0]).toEqual({
      kind: "date",
      serial: 45000,
    });
  });

  it("keeps formula texts beside cached values, rewriting them when asked", () => {
    const ws = sheet([
      [
        { t: "n", v: 3, f: "SUM([.A2:.A3])" },
        { t: "s", v: "Đạt", f: 'IF(A1>1,"Đạt","")' },
      ],
    ]);
    const grid = sheetToGrid(
      "S",
      ws,
      "hidden",
      opts({ formulaText: (f) => f.replace(/[[\].]/g, "") }),
    );
    expect(grid.rows[0]).toEqual([3, "Đạt"]);
    expect(grid.formulas).toEqual({ A1: "SUM(A2:A3)", B1: 'IF(A1>1,"Đạt","")' });
  });

  it("takes LibreOffice's TRUE()/FALSE() and .xls `true` as boolean constants", () => {
    const ws = sheet([
      [
        { t: "n", v: 1, f: "TRUE()" },
        { t: "b", v: false, f: "false" },
        { t: "b", v: true, f: "A1" },
      ],
    ]);
    const grid = sheetToGrid("S", ws, "visible", opts());
    expect(grid.rows[0]).toEqual([true, false, true]);
    expect(grid.formulas).toEqual({ C1: "A1" });
  });

  it("writes merges in A1 notation and reports the cells it kept", () => {
    let counted = 0;
    const ws = sheet(
      [
        [{ t: "s", v: "Tiêu đề" }],
        [
          { t: "n", v: 1 },
          { t: "n", v: 2 },
        ],
      ],
      [{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }],
    );
    const grid = sheetToGrid("S", ws, "visible", opts({ count: (n) => (counted += n) }));
    expect(grid.merges).toEqual(["A1:E1"]);
    expect(counted).toBe(1 + 1 + 2 + 1);
  });
});
