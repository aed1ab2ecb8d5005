import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { readWorkbook, WorkbookReadError } from "../../src/io";
import type { Finding, ReportValue, SourceWorkbook, UnitReport } from "../../src/shared/model";
import {
  checkWorkbooks,
  type CheckResult,
  type UnreadableFile,
} from "../../src/shared/pipeline/checkWorkbooks";
import { corpusCampaigns } from "../corpus/campaigns";
import type { CorpusCase, ExpectedFinding } from "../corpus/expected";
import { CORPUS_DIR } from "../corpus/paths";
import { SERIAL } from "../corpus/unitValues";

export interface CaseRun {
  readErrors: WorkbookReadError[];
  /** The workbooks that could be read, as a host passes them on. */
  workbooks: SourceWorkbook[];
  result: CheckResult;
  /** Findings about this case's files (the registry's other units are of course missing). */
  findings: Finding[];
}

export const filesOf = (c: CorpusCase): string[] => (Array.isArray(c.file) ? c.file : [c.file]);

/**
 * Runs a corpus case through the real path a host takes: bytes → readWorkbook (safety limits,
 * WorkbookReadError for refused files) → checkWorkbooks, on 06/5/2021.
 */
export function runCorpusCase(c: CorpusCase): CaseRun {
  const campaign = corpusCampaigns[c.campaign ?? "embedded"];
  const workbooks: SourceWorkbook[] = [];
  const unreadable: UnreadableFile[] = [];
  const readErrors: WorkbookReadError[] = [];
  for (const file of filesOf(c)) {
    const bytes = new Uint8Array(readFileSync(join(CORPUS_DIR, file)));
    const fileName = basename(file);
    try {
      const wb = readWorkbook(bytes, fileName);
      wb.sha256 = createHash("sha256").update(bytes).digest("hex");
      workbooks.push(wb);
    } catch (err) {
      if (!(err instanceof WorkbookReadError)) throw err;
      readErrors.push(err);
      unreadable.push({ fileName, message: { vi: err.message, en: err.messageEn } });
    }
  }
  const result = checkWorkbooks({ campaign, workbooks, unreadable, asOf: SERIAL.asOf });
  const findings = result.findings.filter((f) => f.code !== "W_MISSING");
  return { readErrors, workbooks, result, findings };
}

/** Whether a finding is the expected one (only the fields the expectation gives are compared). */
export function matches(f: Finding, e: ExpectedFinding): boolean {
  return (
    f.code === e.code &&
    (e.sheet === undefined || f.sheet === e.sheet) &&
    (e.cell === undefined || f.cell === e.cell) &&
    (e.indicator === undefined || f.indicator === e.indicator)
  );
}

/** The value a report holds at a corpus path ("info/x", "B1/5/SL", "L2/1/name"). */
export function valueAt(report: UnitReport, path: string): ReportValue | undefined {
  const [sheet, key, col] = path.split("/");
  if (sheet === "info") return report.info[key]?.v;
  if (report.lists[sheet]) return report.lists[sheet][Number(key)]?.[col]?.v;
  return report.values[sheet]?.[key]?.[col]?.v;
}
