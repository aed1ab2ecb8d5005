import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook, WorkbookReadError } from "../../src/io";
import { bigListWorkbook, BIG_SHEET } from "../corpus/bigSheet";
import { CORPUS_DIR } from "../corpus/paths";
import { wideSheetWorkbook } from "../corpus/wideSheet";

/** Heap cap of the child process: a file that needs more makes it crash, failing the test. */
const HEAP_MB = 768;
/**
 * Generous bound on the CPU time a read takes (a runaway, not a benchmark): CPU time, not the
 * wall clock, so another job on the machine does not make the test fail.
 */
const CPU_SECONDS = 20;

/**
 * Wall-clock caps (child process, test) only stop a hang: on a machine busy with other work the
 * 200,000-row read takes 3× its CPU time, and this file several minutes.
 */
const HANG_MS = 300_000;

interface ChildRun {
  ms: number;
  cpuMs: number;
  readMs?: number;
  peakRssMb: number;
  reason?: string;
  rows?: number[];
  listRows?: Record<string, number>;
  findings?: Array<{ code: string; sheet?: string; cell?: string }>;
}

function readInChild(file: string): ChildRun {
  const tsx = require.resolve("tsx/cli");
  const out = execFileSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_MB}`, tsx, join(__dirname, "readInChild.ts"), file],
    { encoding: "utf8", timeout: HANG_MS, stdio: ["ignore", "pipe", "pipe"] },
  );
  return JSON.parse(out) as ChildRun;
}

const work = mkdtempSync(join(tmpdir(), "phuluc-limits-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("huge and hostile files are read or refused quickly, within a capped heap", () => {
  let big: ChildRun;
  beforeAll(async () => {
    const file = join(work, "rows-200000-CBCS04.xlsx");
    writeFileSync(file, await bigListWorkbook("CBCS04", 200_000));
    big = readInChild(file);
  }, 2 * HANG_MS);

  it("a 200,000-row list sheet (4.8 MB) is read and checked", () => {
    process.stdout.write(
      `200,000 rows: read ${Math.round(big.readMs!)} ms, read + checked ${Math.round(big.ms)} ms (CPU ${Math.round(big.cpuMs)} ms), peak RSS ${big.peakRssMb} MB\n`,
    );
    expect(big.reason).toBeUndefined();
    expect(big.rows![5]).toBe(200_004);
    expect(big.cpuMs).toBeLessThan(CPU_SECONDS * 1000);
    expect(big.peakRssMb).toBeLessThan(HEAP_MB + 400);
  });

  // The outline caps L1 at 200 rows (maxRows): a longer list is reported, and kept whole —
  // cutting it would silently drop a unit's rows.
  it("rows beyond the list's maxRows (200) are reported, none dropped", () => {
    expect(big.findings).toContainEqual(
      expect.objectContaining({ code: "W_LIST_LONG", sheet: BIG_SHEET }),
    );
    expect(big.listRows!.L1).toBe(200_000);
  });

  it(
    "a sheet of 6 million cells in a 19 MB file is refused before parsing",
    () => {
      const file = join(work, "wide.xlsx");
      writeFileSync(file, wideSheetWorkbook(100_000, 60));
      const run = readInChild(file);
      process.stdout.write(
        `6 M cells: refused in ${Math.round(run.ms)} ms (CPU ${Math.round(run.cpuMs)} ms), peak RSS ${run.peakRssMb} MB\n`,
      );
      expect(run.reason).toBe("tooManyCells");
      expect(run.cpuMs).toBeLessThan(CPU_SECONDS * 1000);
      expect(run.peakRssMb).toBeLessThan(HEAP_MB);
    },
    HANG_MS,
  );

  it.each(["zip-bomb.xlsx", "zip-bomb-lying-sizes.xlsx"])(
    "the corpus's %s is refused",
    (name) => {
      const run = readInChild(join(CORPUS_DIR, name));
      expect(run.reason).toBe("zipBomb");
      expect(run.cpuMs).toBeLessThan(CPU_SECONDS * 1000);
      expect(run.peakRssMb).toBeLessThan(HEAP_MB);
    },
    HANG_MS,
  );
});

describe("the cell limit counts the cells of the file, whatever the parser would make of them", () => {
  it("refuses a sheet just over the limit and reads it under a larger one", () => {
    const bytes = wideSheetWorkbook(2_000, 10);
    let refused: WorkbookReadError | undefined;
    try {
      readWorkbook(bytes, "rộng.xlsx", { maxCells: 19_999 });
    } catch (err) {
      if (err instanceof WorkbookReadError) refused = err;
    }
    expect(refused?.reason).toBe("tooManyCells");
    expect(refused?.message).toBe(
      "Tệp 'rộng.xlsx' có quá nhiều ô dữ liệu để đọc an toàn (> 19999).",
    );
    const wb = readWorkbook(bytes, "rộng.xlsx", { maxCells: 25_000 });
    expect(wb.sheets[0].rows).toHaveLength(2_000);
    expect(wb.sheets[0].rows[1999]).toEqual([9, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
