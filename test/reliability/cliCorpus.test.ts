import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook, writePlan } from "../../src/io";
import { a1 } from "../../src/shared/a1/a1";
import type { Cell, Grid } from "../../src/shared/model";
import { buildTemplatePlan } from "../../src/shared/plan/buildTemplatePlan";
import { DETAIL_FIXED } from "../../src/shared/plan/consolidatedDetailSheet";
import { APPENDIX_ROWS } from "../../src/shared/template/templateLayout";
import { corpusCampaigns } from "../corpus/campaigns";
import { corpus } from "../corpus/expected";
import { CORPUS_DIR } from "../corpus/paths";
import { unitOf, unitValues } from "../corpus/unitValues";
import { filesOf } from "./runCorpusCase";

const ROOT = join(__dirname, "..", "..");
const campaign = corpusCampaigns.embedded;

function phuluc(args: string[]) {
  const r = spawnSync(
    process.execPath,
    [require.resolve("tsx/cli"), join(ROOT, "src", "cli", "main.ts"), ...args],
    { cwd: ROOT, encoding: "utf8", timeout: 180_000 },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((n) => statSync(join(dir, n)).isFile())
      .map((n) => [n, `${sha256(join(dir, n))} ${statSync(join(dir, n)).mtimeMs}`]),
  );
}

const grids = (path: string) => readWorkbook(new Uint8Array(readFileSync(path)), "out.xlsx").sheets;
const rowKey = (row: Cell[] | undefined) => JSON.stringify(row ?? []);
const TOTAL_LABEL = /^(Tổng cộng|Cộng )/;

/** Rows (0-based) whose content differs between two versions of a sheet. */
function changedRows(a: Grid, b: Grid): number[] {
  const n = Math.max(a.rows.length, b.rows.length);
  return Array.from({ length: n }, (_, r) => r).filter(
    (r) => rowKey(a.rows[r]) !== rowKey(b.rows[r]),
  );
}

/** The whole corpus folder plus a good unit, in a scratch folder (the corpus itself stays put). */
describe("phuluc consolidate on the whole corpus", () => {
  const dir = mkdtempSync(join(tmpdir(), "phuluc-corpus-cli-"));
  const units = join(dir, "units");
  const out1 = join(dir, "tong-hop-1.xlsx");
  const out2 = join(dir, "tong-hop-2.xlsx");
  let before: Record<string, string>;
  let first: ReturnType<typeof phuluc>;
  let second: ReturnType<typeof phuluc>;

  beforeAll(async () => {
    require("node:fs").mkdirSync(units);
    for (const n of readdirSync(CORPUS_DIR)) {
      if (statSync(join(CORPUS_DIR, n)).isFile()) copyFileSync(join(CORPUS_DIR, n), join(units, n));
    }
    const good = unitValues(unitOf(campaign, "DBCS14"), 4);
    writeFileSync(
      join(units, "good-DBCS14.xlsx"),
      await writePlan(buildTemplatePlan(campaign, { unitCode: "DBCS14", filled: good })),
    );
    before = hashes(units);
    first = phuluc(["consolidate", units, "-o", out1, "--as-of", "2021-05-06", "--json"]);
    // The unit of absurd-values corrects its file and sends it again.
    rmSync(join(units, "absurd-values-CBCS12.xlsx"));
    const fixed = unitValues(unitOf(campaign, "CBCS12"));
    writeFileSync(
      join(units, "absurd-values-CBCS12.xlsx"),
      await writePlan(buildTemplatePlan(campaign, { unitCode: "CBCS12", filled: fixed })),
    );
    second = phuluc(["consolidate", units, "-o", out2, "--as-of", "2021-05-06", "--json"]);
  }, 400_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits with code 1 (errors found) and still writes the consolidated workbook", () => {
    expect(first.stderr.replace(/npm warn.*\n/g, "")).toBe("");
    expect(first.code).toBe(1);
    expect(statSync(out1).size).toBeGreaterThan(10_000);
  });

  it("consolidates every readable unit expected here, bad files notwithstanding", () => {
    const json = JSON.parse(first.stdout);
    const included = new Set<string>(
      json.progress
        .filter((p: { included: boolean }) => p.included)
        .map((p: { unit: string }) => p.unit),
    );
    // Units whose corpus file is readable, from the registry and expected at this level.
    const readable = corpus
      .filter((c) => !("error" in c.expect) && !c.campaign)
      .flatMap(filesOf)
      .map((f) => /((?:DBCS|CBCS)\d\d)/.exec(f)?.[1])
      .filter((u): u is string => u !== undefined);
    expect(readable.length).toBeGreaterThan(20);
    for (const u of [...readable, "DBCS14"])
      expect({ u, included: included.has(u) }).toEqual({ u, included: true });
    const th = grids(out1).find((g) => g.name === "TH_B1")!;
    const codes = th.rows
      .map((r) => r[DETAIL_FIXED.indexOf("Mã đơn vị")])
      .filter((c) => typeof c === "string" && /^(DBCS|CBCS)\d\d$/.test(c));
    expect(new Set(codes)).toEqual(included);
    // Every refused file is reported by name, in Vietnamese.
    const refused = corpus.filter((c) => "error" in c.expect).flatMap(filesOf);
    for (const f of refused) {
      expect(json.findings).toContainEqual(
        expect.objectContaining({
          code: "E_FILE",
          file: f,
          message: expect.objectContaining({ vi: expect.stringContaining(`'${f}'`) }),
        }),
      );
    }
  });

  it("never modifies an input file (same bytes, same modification time)", () => {
    const after = hashes(units);
    delete after["absurd-values-CBCS12.xlsx"];
    const expected = { ...before };
    delete expected["absurd-values-CBCS12.xlsx"];
    expect(after).toEqual(expected);
  });

  it("writes text starting with =, +, -, @ as text, never as a formula", () => {
    const sheets = grids(out1);
    const texts = [
      '=HYPERLINK("http://example.invalid","Bấm vào đây")',
      "-Trưởng phòng-",
      "@Đoàn Thanh niên: 3 năm liền xuất sắc",
    ];
    for (const text of texts) {
      const at = sheets.flatMap((g) =>
        g.rows.flatMap((row, r) => row.flatMap((v, c) => (v === text ? [{ g, r, c }] : []))),
      );
      expect({ text, found: at.length > 0 }).toEqual({ text, found: true });
      for (const { g, r, c } of at) {
        expect(g.formulas?.[a1(r, c)]).toBeUndefined();
      }
    }
    const formulas = sheets.flatMap((g) => Object.values(g.formulas ?? {}));
    expect(
      formulas.filter((f) => /HYPERLINK|example\.invalid|Trưởng phòng-|Đoàn Thanh niên/.test(f)),
    ).toEqual([]);
  });

  it("a corrected file changes exactly that unit's rows and the totals", () => {
    expect(second.code).toBe(1);
    const a = grids(out1);
    const b = grids(out2);
    expect(b.map((g) => g.name)).toEqual(a.map((g) => g.name));
    const unitName = unitOf(campaign, "CBCS12").name;
    let unitRowsChanged = 0;
    for (const [i, g] of a.entries()) {
      // The coverage line under each title may change: it counts the units still with errors.
      const coverage = APPENDIX_ROWS.subtitle;
      if (changedRows(g, b[i]).includes(coverage))
        expect(String(b[i].rows[coverage][0])).toMatch(/^Số liệu tính đến ngày/);
      const changed = changedRows(g, b[i]).filter((r) => r !== coverage);
      if (g.name.startsWith("TH_")) {
        // Per-unit tables: only CBCS12's row and the total rows.
        for (const r of changed) {
          const code = g.rows[r]?.[DETAIL_FIXED.indexOf("Mã đơn vị")];
          const name = g.rows[r]?.[DETAIL_FIXED.indexOf("Tên đơn vị")];
          const label = code === "CBCS12" ? code : name;
          const ok = label === "CBCS12" || (typeof label === "string" && TOTAL_LABEL.test(label));
          expect({ sheet: g.name, row: r + 1, label, ok }).toEqual({
            sheet: g.name,
            row: r + 1,
            label,
            ok: true,
          });
          if (label === "CBCS12") unitRowsChanged++;
        }
      } else if (g.name === "Tiến độ") {
        for (const r of changed) {
          const row = g.rows[r] ?? [];
          const mine = row.includes("CBCS12") || row.includes(unitName);
          const summary = !row.some(
            (v) => typeof v === "string" && /^(DBCS|CBCS|CBTT)\d\d$/.test(v),
          );
          expect({ row: r + 1, ok: mine || summary }).toEqual({ row: r + 1, ok: true });
        }
      } else if (g.name === "Kết quả kiểm tra") {
        // Findings: CBCS12's are gone; every other unit's findings are the same rows.
        const others = (s: Grid) =>
          s.rows
            .filter((row) => !row.includes("CBCS12"))
            .filter((row) => !String(row[0]).startsWith("Số liệu tính đến ngày"))
            .map(rowKey);
        const strip = (rows: string[]) => rows.map((k) => k.replace(/^\[\d+,/, "["));
        expect(strip(others(b[i]))).toEqual(strip(others(g)));
        expect(b[i].rows.some((row) => row.includes("CBCS12"))).toBe(false);
      } else if (/^(L\d|Thông tin|_PhuLuc)/.test(g.name)) {
        expect({ sheet: g.name, changed }).toEqual({ sheet: g.name, changed: [] });
      }
    }
    expect(unitRowsChanged).toBeGreaterThanOrEqual(3);
    // The total of B4 indicator 2.1 drops by the 10^15 that CBCS12 had typed.
    const total = (s: Grid[]) =>
      s.find((g) => g.name === "B4 Khen thưởng")!.rows.find((r) => r[0] === "2.1")![3] as number;
    expect(total(a) - total(b)).toBe(1e15);
  });
});
