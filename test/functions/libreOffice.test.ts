import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { readWorkbook, writePlan } from "../../src/io";
import * as PHULUC from "../../src/functions/functions";
import { workedSaturdays } from "../../src/shared/calendar/daySwaps";
import { serialFromYmd, weekdayOfSerial } from "../../src/shared/calendar/serial";
import { isWorkingDay } from "../../src/shared/calendar/workingDays";
import type { PlanCell, WorkbookPlan } from "../../src/shared/model";
import { isCellDate } from "../../src/shared/model";
import { convertWithLibreOffice, findSoffice } from "../io/helpers";
import { installCustomFunctionsStandIn } from "./customFunctionsStandIn";

/**
 * PHULUC.WORKDAYVN and PHULUC.NETWORKDAYSVN against LibreOffice's own WORKDAY(.INTL) and
 * NETWORKDAYS(.INTL), over random cases, given the same days off:
 * - "explicit": no weekend ("0000000") and every non-working day of our calendar in the holiday
 *   list, so LibreOffice counts exactly our days off and checks the stepping and counting rules
 *   (start excluded, 0 days, negative days, reversed ranges, starts on days off);
 * - "classic": Excel's plain WORKDAY/NETWORKDAYS (Saturday–Sunday weekend) with our non-working
 *   weekdays as holidays, for cases whose span has no Saturday worked in a swap (those cannot be
 *   told to WORKDAY).
 * Each case also gives our function an extra holiday range, added to LibreOffice's list.
 */
const soffice = findSoffice();
if (!soffice && process.env.CI)
  throw new Error(
    "LibreOffice (soffice) is required in CI for the WORKDAY/NETWORKDAYS oracle test",
  );
if (!soffice)
  console.warn("⚠ LibreOffice not installed: SKIPPING the WORKDAY/NETWORKDAYS oracle test");
const maybe = soffice ? it : it.skip;

const LIST_FROM = serialFromYmd(2015, 1, 1);
const LIST_TO = serialFromYmd(2031, 12, 31);
const CASE_FROM = serialFromYmd(2016, 3, 1);
const CASE_TO = serialFromYmd(2030, 10, 1);
const SEED = 20210505;

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const isWeekend = (s: number) => [0, 6].includes(weekdayOfSerial(s));
/** Saturdays worked in a swap: WORKDAY's Saturday–Sunday weekend cannot express them. */
const worked = new Set(range(2015, 2031).flatMap((y) => workedSaturdays(y).map((w) => w.serial)));

/** Every day off of our calendar (no extras) in the list's years. */
const daysOff = range(LIST_FROM, LIST_TO).filter((s) => !isWorkingDay(s));
const weekdaysOff = daysOff.filter((s) => !isWeekend(s));

/** Three sets of extra days off, as users would list them (blanks included). */
const extraSets: Array<Array<number | "">> = fc.sample(
  fc.array(fc.oneof(fc.integer({ min: CASE_FROM, max: CASE_TO }), fc.constant("" as const)), {
    minLength: 5,
    maxLength: 25,
  }),
  { numRuns: 3, seed: SEED },
);

interface Case {
  kind: "WORKDAY" | "NETWORKDAYS";
  start: number;
  other: number; // days for WORKDAY, end for NETWORKDAYS
  set: number; // index of the extra set, or -1 for none
}

/** Starts that fall on days off often, since that is where the rules differ. */
const startArb = fc.oneof(
  fc.integer({ min: CASE_FROM, max: CASE_TO }),
  fc.constantFrom(...daysOff.filter((s) => s >= CASE_FROM && s <= CASE_TO)),
);
const cases: Case[] = fc
  .sample(
    fc.oneof(
      fc.record({
        kind: fc.constant("WORKDAY" as const),
        start: startArb,
        other: fc.oneof(fc.integer({ min: -60, max: 60 }), fc.constantFrom(0, 1, -1)),
        set: fc.integer({ min: -1, max: 2 }),
      }),
      fc.record({
        kind: fc.constant("NETWORKDAYS" as const),
        start: startArb,
        other: fc.integer({ min: -400, max: 400 }),
        set: fc.integer({ min: -1, max: 2 }),
      }),
    ),
    { numRuns: 400, seed: SEED + 1 },
  )
  .map((c) => (c.kind === "NETWORKDAYS" ? { ...c, other: c.start + c.other } : c));

const extrasOf = (set: number) => (set < 0 ? [] : extraSets[set]);
const ours = (c: Case): number => {
  const extra = extrasOf(c.set).map((s) => [s]);
  return c.kind === "WORKDAY"
    ? PHULUC.workdayVn(c.start, c.other, extra)
    : PHULUC.networkDaysVn(c.start, c.other, extra);
};

/** Column letters of the holiday sheet: [explicit, classic] per extra set, -1 first. */
const columnOf = (set: number, mode: "explicit" | "classic") =>
  String.fromCharCode(65 + (set + 1) * 2 + (mode === "classic" ? 1 : 0));

function holidayColumn(set: number, mode: "explicit" | "classic"): number[] {
  const extra = extrasOf(set).filter((s): s is number => s !== "");
  return [...(mode === "explicit" ? daysOff : weekdaysOff), ...extra];
}

function plan(): { plan: WorkbookPlan; rows: Array<{ c: Case; classic: boolean; want: number }> } {
  const columns = range(-1, 2).flatMap((set) =>
    (["explicit", "classic"] as const).map((mode) => holidayColumn(set, mode)),
  );
  const height = Math.max(...columns.map((c) => c.length));
  const holidayCells: PlanCell[][] = range(0, height - 1).map((r) =>
    columns.map((col) => (r < col.length ? { v: col[r] } : { v: null })),
  );
  const ref = (set: number, mode: "explicit" | "classic") => {
    const col = columnOf(set, mode);
    return `H!$${col}$1:$${col}$${holidayColumn(set, mode).length}`;
  };
  const rows = cases.map((c) => {
    const want = ours(c);
    const [lo, hi] =
      c.kind === "WORKDAY"
        ? [Math.min(c.start, want), Math.max(c.start, want)]
        : [Math.min(c.start, c.other), Math.max(c.start, c.other)];
    const classic = !range(lo, hi).some((s) => worked.has(s));
    return { c, classic, want };
  });
  const caseCells: PlanCell[][] = rows.map(({ c, classic }) => {
    const intl = `${c.kind}.INTL(A{r},B{r},"0000000",${ref(c.set, "explicit")})`;
    const plain = `${c.kind}(A{r},B{r},${ref(c.set, "classic")})`;
    return [{ v: c.start }, { v: c.other }, { f: intl }, classic ? { f: plain } : { v: null }];
  });
  caseCells.forEach((row, i) =>
    row.forEach((cell) => {
      if (cell.f) cell.f = cell.f.split("{r}").join(String(i + 1));
    }),
  );
  const sheet = (name: string, cells: PlanCell[][]) => ({
    name,
    state: "visible" as const,
    blocks: [{ row: 0, col: 0, cells }],
    merges: [],
    columnWidths: [],
    validations: [],
    protect: false,
  });
  return {
    plan: {
      sheets: [sheet("Cases", caseCells), sheet("H", holidayCells)],
      styles: {},
      names: [],
      properties: {
        title: "WORKDAY oracle",
        creator: "phuluc tests",
        created: "2021-05-05T00:00:00Z",
      },
    },
    rows,
  };
}

let uninstall: () => void;
beforeAll(() => {
  uninstall = installCustomFunctionsStandIn();
});
afterAll(() => uninstall());

describe("PHULUC.WORKDAYVN / NETWORKDAYSVN against LibreOffice", () => {
  maybe(
    "agree on every random case, given the same days off",
    async () => {
      const { plan: workbook, rows } = plan();
      const dir = mkdtempSync(join(tmpdir(), "phuluc-workday-"));
      try {
        const input = join(dir, "workday.xlsx");
        writeFileSync(input, await writePlan(workbook));
        const back = readWorkbook(
          convertWithLibreOffice(soffice!, input, "xlsx", { recalculate: true }),
          "lo.xlsx",
        );
        const got = back.sheets.find((s) => s.name === "Cases")!.rows;
        const value = (cell: unknown) =>
          isCellDate(cell as never) ? (cell as { serial: number }).serial : cell;
        const mismatches: string[] = [];
        let classicCount = 0;
        rows.forEach(({ c, classic, want }, i) => {
          const intl = value(got[i][2]);
          if (intl !== want)
            mismatches.push(
              `${c.kind}.INTL(${c.start}, ${c.other}, set ${c.set}): ours ${want}, LibreOffice ${JSON.stringify(intl)}`,
            );
          if (classic) {
            classicCount++;
            const plain = value(got[i][3]);
            if (plain !== want)
              mismatches.push(
                `${c.kind}(${c.start}, ${c.other}, set ${c.set}): ours ${want}, LibreOffice ${JSON.stringify(plain)}`,
              );
          }
        });
        expect(mismatches).toEqual([]);
        // The draw must exercise what matters, not only easy cases.
        expect(rows.filter((r) => r.c.kind === "WORKDAY" && r.c.other < 0).length).toBeGreaterThan(
          20,
        );
        expect(
          rows.filter((r) => r.c.kind === "NETWORKDAYS" && r.c.other < r.c.start).length,
        ).toBeGreaterThan(20);
        expect(rows.filter((r) => !isWorkingDay(r.c.start)).length).toBeGreaterThan(50);
        expect(classicCount).toBeGreaterThan(200);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
