import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { formatFinding } from "../../src/shared/findings/makeFinding";
import type { Finding, FindingCode } from "../../src/shared/model";
import { corpus, corpusFiles, type CorpusCase, type ExpectedFinding } from "../corpus/expected";
import { CORPUS_DIR } from "../corpus/paths";
import { filesOf, matches, runCorpusCase, valueAt } from "./runCorpusCase";

const show = (f: Finding) => `${f.code} ${f.sheet ?? ""}!${f.cell ?? ""} [${f.indicator ?? ""}]`;

/** Checks a case; `tolerated` findings (a known issue's, today) must be present and are allowed. */
function checkCase(c: CorpusCase, tolerated: ExpectedFinding[] = []): void {
  const { readErrors, result, findings } = runCorpusCase(c);
  if ("error" in c.expect) {
    expect(readErrors.map((e) => e.reason)).toEqual([c.expect.error]);
    const [err] = readErrors;
    // The refusal reaches the user as an E_FILE finding naming the file, in Vietnamese, filed
    // under the unit whose code the file name carries, else under the file name.
    const code = /[A-Z]+\d+/.exec(err.fileName)?.[0];
    const unit = code ?? err.fileName;
    expect(findings).toEqual([
      expect.objectContaining({ code: "E_FILE", severity: "error", unit, file: err.fileName }),
    ]);
    expect(findings[0].message.vi).toContain(err.message);
    expect(findings[0].message.en).toContain(err.messageEn);
    expect(result.units).toEqual([]);
    if (code) {
      // The unit sent something: it is not listed as missing, and its progress names the file.
      expect(result.findings.filter((f) => f.unit === code && f.code === "W_MISSING")).toEqual([]);
      expect(result.progress.find((p) => p.unit.code === code)).toMatchObject({
        file: err.fileName,
        included: false,
      });
    }
    return;
  }
  expect(readErrors).toEqual([]);
  const expected = [...c.expect.findings, ...tolerated];
  const missing = expected.filter((e) => !findings.some((f) => matches(f, e)));
  expect(missing).toEqual([]);
  const unexpectedErrors = findings.filter(
    (f) => f.severity === "error" && !expected.some((e) => matches(f, e)),
  );
  expect(unexpectedErrors.map(show)).toEqual([]);
  // Warnings the case does not expect are unwelcome too (only listed ones may appear).
  const expectedCodes = new Set<FindingCode>(expected.map((e) => e.code));
  expect(findings.filter((f) => !expectedCodes.has(f.code)).map(show)).toEqual([]);
  if (c.reads) {
    const kept = result.units.at(-1)?.report;
    expect(kept).toBeDefined();
    const read = Object.fromEntries(Object.keys(c.reads).map((p) => [p, valueAt(kept!, p)]));
    expect(read).toEqual(c.reads);
  }
}

describe("bad-input corpus: each file gives its expected outcome", () => {
  for (const c of corpus) {
    const name = `${filesOf(c).join(" + ")}: ${c.description}`;
    if (c.knownIssue) {
      // Documents a known gap exactly: today's outcome is the expected one plus what the issue
      // adds; the strict check fails until the issue is fixed (then drop knownIssue).
      test(`${name} (today, with the known issue)`, () => checkCase(c, c.producedByIssue));
      test.failing(`${name} — KNOWN ISSUE: ${c.knownIssue}`, () => checkCase(c));
    } else {
      test(name, () => checkCase(c));
    }
  }
});

describe("bad-input corpus as a whole", () => {
  it("describes every committed file, and every described file exists", () => {
    const onDisk = readdirSync(CORPUS_DIR).flatMap((n) =>
      statSync(join(CORPUS_DIR, n)).isDirectory()
        ? readdirSync(join(CORPUS_DIR, n)).map((m) => `${n}/${m}`)
        : [n],
    );
    expect([...onDisk].sort()).toEqual([...new Set(corpusFiles)].sort());
  });

  const runs = corpus.map((c) => ({ c, run: runCorpusCase(c) }));

  it("every finding names its unit, and its sheet and cell when it is about one, in Vietnamese", () => {
    const cellCodes = new Set<FindingCode>([
      "E_TYPE",
      "E_BOUND",
      "E_REQUIRED",
      "E_CELL_ERROR",
      "E_SUM",
      "W_TEXT_NUMBER",
      "W_PERCENT_SCALE",
      "W_FORMULA",
      "W_LEGACY_ENCODING",
      "I_FORMULA_TEXT",
    ]);
    const sheetCodes = new Set<FindingCode>(["E_SHEET_MISSING", "E_ROW_MISSING"]);
    let cells = 0;
    for (const { c, run } of runs) {
      for (const f of run.findings) {
        const where = `${filesOf(c).join("+")}: ${show(f)}`;
        expect({ where, unit: f.unit.length > 0 }).toEqual({ where, unit: true });
        expect({ where, vi: f.message.vi.length > 0, en: f.message.en.length > 0 }).toEqual({
          where,
          vi: true,
          en: true,
        });
        const line = formatFinding(f, "vi");
        expect(line.startsWith(`${f.unit}`)).toBe(true);
        if (cellCodes.has(f.code)) {
          cells++;
          expect({ where, placed: line.includes(` › ${f.sheet}!${f.cell} — `) }).toEqual({
            where,
            placed: true,
          });
        }
        if (sheetCodes.has(f.code))
          expect({ where, sheet: f.sheet !== undefined }).toEqual({ where, sheet: true });
      }
    }
    expect(cells).toBeGreaterThan(30);
  });

  it("a finding's unit is the unit code when one is known, else the file name", () => {
    const byFile = runs.flatMap(({ run }) => run.findings).filter((f) => f.file !== undefined);
    const named = byFile.map((f) => ({
      unit: f.unit,
      ok: f.unit === f.file || /^[A-Z]+\d+$/.test(f.unit),
    }));
    expect(named.filter((n) => !n.ok)).toEqual([]);
  });

  it("gives the same findings for the same input, run after run", () => {
    const again = corpus.map((c) => runCorpusCase(c).findings);
    expect(again).toEqual(runs.map(({ run }) => run.findings));
  });
});
