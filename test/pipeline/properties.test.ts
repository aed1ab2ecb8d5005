import fc from "fast-check";
import type { Cell, Grid } from "../../src/shared/model";
import { META_SHEET_NAME } from "../../src/shared/model";
import { checkWorkbooks } from "../../src/shared/pipeline/checkWorkbooks";
import { readUnitReport } from "../../src/shared/read/readUnitReport";
import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import { miniCampaign } from "../fixtures/miniCampaign";
import { filledWorkbook, miniValues } from "./helpers";

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "STT",
    "Chỉ tiêu",
    "Năm 2019",
    "Năm 2020",
    "1",
    "1.1",
    "Cán bộ nam",
    "Giá trị",
    "Mã đơn vị",
    "1.234",
    "95,5%",
    "Có",
    "#REF!",
  ),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.record({ kind: fc.constant("date" as const), serial: fc.double({ min: -1e6, max: 1e7 }) }),
  fc.record({
    kind: fc.constant("error" as const),
    code: fc.constantFrom("#REF!", "#DIV/0!", "#N/A"),
  }),
);
const grid: fc.Arbitrary<Grid> = fc.record({
  name: fc.oneof(
    fc.string({ maxLength: 31 }),
    fc.constantFrom("Thông tin", "B1 Kết quả", "L1 Mô hình", META_SHEET_NAME),
  ),
  rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 20 }),
});

describe("reading and checking never throw", () => {
  it("on arbitrary grids", () => {
    fc.assert(
      fc.property(fc.array(grid, { maxLength: 5 }), (sheets) => {
        const wb = { fileName: "x.xlsx", sheets };
        expect(() => readUnitReport(wb, miniCampaign)).not.toThrow();
        expect(() => readUnitReport(wb, embeddedCampaign)).not.toThrow();
        const result = checkWorkbooks({ campaign: miniCampaign, workbooks: [wb], asOf: 44322 });
        for (const f of result.findings) expect(f.message.vi.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("on a valid unit with random cells overwritten, with stable findings", () => {
    const base = filledWorkbook(miniCampaign, "CBCS01", miniValues("CBCS01", "CBCS", "CQ", 2));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(3), fc.nat(20), fc.nat(8), cell), { maxLength: 10 }),
        (edits) => {
          const sheets = base.sheets.map((g) => ({ ...g, rows: g.rows.map((r) => [...r]) }));
          for (const [s, r, c, v] of edits) (sheets[s].rows[r] ??= [])[c] = v;
          const once = checkWorkbooks({
            campaign: miniCampaign,
            workbooks: [{ fileName: "a.xlsx", sheets }],
            asOf: 44322,
          });
          const twice = checkWorkbooks({
            campaign: miniCampaign,
            workbooks: [{ fileName: "a.xlsx", sheets }],
            asOf: 44322,
          });
          expect(twice.findings).toEqual(once.findings);
        },
      ),
      { numRuns: 200 },
    );
  });
});
