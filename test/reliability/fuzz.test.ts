import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { readWorkbook, WorkbookReadError } from "../../src/io";
import type { Cell, Finding, Grid, SourceWorkbook } from "../../src/shared/model";
import { META_SHEET_NAME } from "../../src/shared/model";
import { checkWorkbooks } from "../../src/shared/pipeline/checkWorkbooks";
import { runConsolidation } from "../../src/shared/pipeline/runConsolidation";
import { corpusCampaigns } from "../corpus/campaigns";
import { CORPUS_DIR } from "../corpus/paths";
import { SERIAL } from "../corpus/unitValues";

const campaign = corpusCampaigns.embedded;
/** FUZZ_SCALE=10 npx jest test/reliability/fuzz for a longer hunt. */
const runs = (n: number) => n * Number(process.env.FUZZ_SCALE ?? 1);
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(CORPUS_DIR, name)));

/** Valid units as real files give them: our writer, LibreOffice .xls and .ods. */
const VALID = [
  "ok-CBCS01.xlsx",
  "libreoffice-CBCS02.xls",
  "libreoffice-CBCS03.ods",
  "sheets-reordered-DBCS01.xlsx",
];
const valid = VALID.map((name) => readWorkbook(bytesOf(name), name));

const clone = (wb: SourceWorkbook): SourceWorkbook => structuredClone(wb);

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    "1.234",
    "1,234",
    "95,5%",
    "Cã",
    "Kh«ng",
    "=1+1",
    "-",
    "@x",
    "CBCS02",
    "ZZ99",
    "31/02/2021",
    "STT",
    "Số lượng",
    "Năm 2018",
  ),
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.record({ kind: fc.constant("date" as const), serial: fc.double({ min: -1e6, max: 3e6 }) }),
  fc.record({
    kind: fc.constant("error" as const),
    code: fc.constantFrom("#REF!", "#DIV/0!", "#N/A", "#VALUE!"),
  }),
);

/** One kind of damage a unit or its software does to a workbook, applied in place. */
type Damage = (wb: SourceWorkbook) => void;

const pick = <T>(items: T[], i: number): T | undefined =>
  items.length ? items[i % items.length] : undefined;

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat(60), fc.nat(12), cell).map(([s, r, c, v]): Damage => (wb) => {
    const g = pick(wb.sheets, s);
    if (g) (g.rows[r] ??= [])[c] = v;
  }),
  fc
    .tuple(fc.nat(), fc.nat(60), fc.array(cell, { maxLength: 8 }))
    .map(([s, r, row]): Damage => (wb) => {
      pick(wb.sheets, s)?.rows.splice(r, 0, row);
    }),
  fc.tuple(fc.nat(), fc.nat(60), fc.nat(3)).map(([s, r, n]): Damage => (wb) => {
    pick(wb.sheets, s)?.rows.splice(r, n + 1);
  }),
  fc.tuple(fc.nat(), fc.nat(60), fc.nat(60)).map(([s, a, b]): Damage => (wb) => {
    const g = pick(wb.sheets, s);
    if (g && g.rows[a] && g.rows[b]) [g.rows[a], g.rows[b]] = [g.rows[b], g.rows[a]];
  }),
  fc
    .tuple(
      fc.nat(),
      fc.oneof(
        fc.string({ maxLength: 31 }),
        fc.constantFrom("Sheet1", META_SHEET_NAME, "B2 Kết quả thực hiện"),
      ),
    )
    .map(([s, name]): Damage => (wb) => {
      const g = pick(wb.sheets, s);
      if (g) g.name = name;
    }),
  fc.nat().map(
    (s): Damage =>
      (wb) =>
        void wb.sheets.splice(s % Math.max(wb.sheets.length, 1), 1),
  ),
  fc.nat().map((s): Damage => (wb) => {
    const g = pick(wb.sheets, s);
    if (g) wb.sheets.push(structuredClone(g));
  }),
  fc.nat().map((seed): Damage => (wb) => {
    wb.sheets.sort((a, b) => ((a.name.length * 31 + seed) % 7) - ((b.name.length * 31 + seed) % 7));
  }),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom("A1:Z1", "D6:E6", "D6:D9", "C5:C14", "B5:F40", "not a range", ""),
    )
    .map(([s, range]): Damage => (wb) => {
      const g = pick(wb.sheets, s);
      if (g) g.merges = [...(g.merges ?? []), range];
    }),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom("D6", "C12", "E9", "A1", "ZZ99999"),
      fc.string({ maxLength: 20 }),
    )
    .map(([s, address, f]): Damage => (wb) => {
      const g = pick(wb.sheets, s);
      if (g) g.formulas = { ...g.formulas, [address]: f };
    }),
  fc.nat().map((s): Damage => (wb) => {
    const g = pick(wb.sheets, s);
    if (g) g.rows = g.rows.map((r) => r.slice(0, 2));
  }),
);

/** checkWorkbooks turns a reader crash into this E_FILE: it must never happen. */
const crashes = (findings: Finding[]) =>
  findings.filter((f) => f.code === "E_FILE" && f.message.vi.includes("lỗi khi đọc"));

describe("fuzzing: random damage to valid units never throws, and findings are stable", () => {
  it("structural and cell damage to real files (ours and LibreOffice's)", () => {
    fc.assert(
      fc.property(
        fc.nat(VALID.length - 1),
        fc.array(damage, { minLength: 1, maxLength: 12 }),
        (i, damages) => {
          const wb = clone(valid[i]);
          for (const d of damages) d(wb);
          const first = checkWorkbooks({ campaign, workbooks: [clone(wb)], asOf: SERIAL.asOf });
          expect(crashes(first.findings)).toEqual([]);
          const again = checkWorkbooks({ campaign, workbooks: [clone(wb)], asOf: SERIAL.asOf });
          expect(again.findings).toEqual(first.findings);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it("several damaged units consolidate without throwing, to the same plan every time", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(VALID.length - 1), fc.array(damage, { maxLength: 6 })), {
          minLength: 1,
          maxLength: 5,
        }),
        (units) => {
          const workbooks = units.map(([i, damages], k) => {
            const wb = clone(valid[i]);
            wb.fileName = `unit-${k}.xlsx`;
            for (const d of damages) d(wb);
            return wb;
          });
          const a = runConsolidation({
            campaign,
            workbooks: workbooks.map(clone),
            asOf: SERIAL.asOf,
          });
          expect(crashes(a.findings)).toEqual([]);
          const b = runConsolidation({
            campaign,
            workbooks: workbooks.map(clone),
            asOf: SERIAL.asOf,
          });
          expect(JSON.stringify(b.plan)).toBe(JSON.stringify(a.plan));
          expect(b.findings).toEqual(a.findings);
        },
      ),
      { numRuns: runs(60) },
    );
  });

  it("damaged bytes of real files: a workbook or a WorkbookReadError, nothing else", () => {
    const files = [...VALID.map(bytesOf), bytesOf("csv-B1-DBCS13.csv")];
    fc.assert(
      fc.property(
        fc.nat(files.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 20 }),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        (i, flips, cut) => {
          const bytes = files[i].slice(
            0,
            cut === undefined ? undefined : Math.floor(files[i].length * cut),
          );
          for (const [at, v] of flips) if (bytes.length) bytes[at % bytes.length] = v;
          let wb: SourceWorkbook | undefined;
          try {
            wb = readWorkbook(bytes, `hỏng-${i}.${VALID[i]?.split(".").pop() ?? "csv"}`);
          } catch (err) {
            expect(err).toBeInstanceOf(WorkbookReadError);
            return;
          }
          const result = checkWorkbooks({ campaign, workbooks: [wb], asOf: SERIAL.asOf });
          expect(crashes(result.findings)).toEqual([]);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it("random grids with the template's own sheet names and meta sheet", () => {
    const names = [...campaign.outline.sheets.map((s) => s.name), META_SHEET_NAME, "Sheet1"];
    const grid: fc.Arbitrary<Grid> = fc.record({
      name: fc.constantFrom(...names),
      rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 40 }),
      merges: fc.array(fc.constantFrom("A1:D1", "D6:E7", "x"), { maxLength: 2 }),
      formulas: fc.dictionary(fc.constantFrom("D6", "C12", "E9"), fc.string({ maxLength: 8 }), {
        maxKeys: 2,
      }),
      state: fc.constantFrom("visible" as const, "hidden" as const, "veryHidden" as const),
    });
    fc.assert(
      fc.property(fc.array(grid, { maxLength: 9 }), (sheets) => {
        const wb: SourceWorkbook = { fileName: "ngẫu-nhiên.xlsx", sheets };
        const a = checkWorkbooks({ campaign, workbooks: [clone(wb)], asOf: SERIAL.asOf });
        expect(crashes(a.findings)).toEqual([]);
        expect(
          checkWorkbooks({ campaign, workbooks: [clone(wb)], asOf: SERIAL.asOf }).findings,
        ).toEqual(a.findings);
      }),
      { numRuns: runs(300) },
    );
  });
});
