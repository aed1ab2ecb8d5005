import { FINDING_TEXT } from "../findings/findingText";
import { errorCells } from "../findings/errorCells";
import { compareFindings, makeFinding } from "../findings/makeFinding";
import type { Campaign, Finding, SourceWorkbook, Unit, UnitReport } from "../model";
import { applicableUnitType } from "../outline/indicators";
import type { ReadResult } from "../read/readUnitReport";
import { readReport, type ReadOutcome } from "./readReport";
import { resolveUnitCode } from "../read/resolveUnitCode";
import { checkRules } from "../validate/checkRules";
import { checkSubmissions } from "../validate/checkSubmissions";
import { checkSums } from "../validate/checkSums";
import { checkValues } from "../validate/checkValues";
import { completionOf } from "../validate/completion";
import { expectedUnits } from "../validate/expectedUnits";
import { deadlineOf, UNREADABLE_TEXT, type ProgressRow } from "../validate/progress";
import { dmyFromSerial } from "../calendar/serial";

/** A file that could not be read at all (corrupt, encrypted, too large…), reported by the host. */
export interface UnreadableFile {
  fileName: string;
  message: { vi: string; en: string };
}

export interface CheckInput {
  campaign: Campaign;
  /** The workbooks to read and check… */
  workbooks?: SourceWorkbook[];
  /** …or workbooks the host already read with `readReport` as they arrived (then `workbooks` is not used). */
  reads?: ReadOutcome[];
  unreadable?: UnreadableFile[];
  /** Excel serial of "today" for deadline statuses. */
  asOf: number;
  /** Consolidate for this unit's children instead of the top level (see expectedUnits). */
  forUnit?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface CheckedUnit {
  unit: Unit;
  report: UnitReport;
  /** Expected at this level and in the registry: goes into the tables unless excluded. */
  eligible: boolean;
}

export interface CheckResult {
  /** Units expected to report at this level. */
  expected: Unit[];
  units: CheckedUnit[];
  findings: Finding[];
  progress: ProgressRow[];
}

/**
 * Reads and checks every workbook: reading findings, submission checks (registry, duplicates,
 * version), values, sums, rules, deadlines, completion, and missing units. One bad workbook never
 * stops the others. Findings come back in a stable order.
 */
export function checkWorkbooks(input: CheckInput): CheckResult {
  const { campaign, asOf } = input;
  const reads: ReadResult[] = [];
  const findings: Finding[] = [];
  // An unreadable file still tells which unit sent it when its name carries the unit code.
  const unreadableOf = new Map<string, string>();
  for (const f of input.unreadable ?? []) {
    const code = resolveUnitCode({ fileName: f.fileName }, campaign.units);
    if (code) unreadableOf.set(code, f.fileName);
    const where = { unit: code ?? f.fileName, file: f.fileName };
    const finding = makeFinding("E_FILE", where, { detail: f.message.vi });
    finding.message.en = FINDING_TEXT.E_FILE({ detail: f.message.en }).en;
    findings.push(finding);
  }
  const outcomes =
    input.reads ??
    (input.workbooks ?? []).map((wb, i, all) => {
      const outcome = readReport(wb, campaign);
      input.onProgress?.(i + 1, all.length);
      return outcome;
    });
  for (const outcome of outcomes) {
    if ("read" in outcome) reads.push(outcome.read);
    else findings.push(outcome.failure);
  }
  const { kept, findings: submissionFindings } = checkSubmissions(campaign, reads);
  findings.push(...submissionFindings);

  const registry = new Map(campaign.units.map((u) => [u.code, u]));
  const expected = expectedUnits(campaign, input.forUnit);
  const expectedCodes = new Set(expected.map((u) => u.code));
  const units: CheckedUnit[] = [];
  const rowFor = new Map<string, Omit<ProgressRow, "errors" | "warnings">>();
  for (const read of kept) {
    const { report } = read;
    const known = report.unitCode ? registry.get(report.unitCode) : undefined;
    const unit = known ?? synthesizedUnit(report);
    // A consolidated appendix (roll-up) gathers every unit type, and an empty total is legitimate.
    const rollup = report.meta.kind === "consolidated";
    const unitType = applicableUnitType(report, unit.type);
    const own: Finding[] = [
      ...checkValues(report, campaign.outline, unitType, {
        requireValues: !rollup,
        unusableCells: errorCells(read.findings),
      }),
      ...checkSums(report, campaign.outline, unitType),
      ...checkRules(report, campaign.outline, unitType),
    ];
    const deadline = deadlineOf(campaign, unit, true, report.submittedAt, asOf);
    const where = { unit: unit.code, file: report.fileName };
    if (
      deadline.status.kind === "late" &&
      deadline.due !== undefined &&
      report.submittedAt !== undefined
    ) {
      own.push(
        makeFinding("W_LATE", where, {
          days: deadline.status.days,
          due: dmyFromSerial(deadline.due),
          submitted: dmyFromSerial(report.submittedAt),
        }),
      );
    } else if (deadline.status.kind === "noDate" && known) {
      own.push(makeFinding("W_NO_SUBMIT_DATE", where));
    }
    const eligible = !!known && expectedCodes.has(known.code);
    if (known && !eligible) {
      const parent = known.parent ? (registry.get(known.parent)?.name ?? known.parent) : "cấp khác";
      own.push(makeFinding("W_NOT_EXPECTED", where, { detail: parent }));
    }
    findings.push(...own);
    units.push({ unit, report, eligible });
    rowFor.set(unit.code, {
      unit,
      file: report.fileName,
      submitted: report.submittedAt,
      completion: completionOf(report, campaign.outline, unitType, [...read.findings, ...own]),
      included: eligible,
      ...deadline,
    });
  }
  for (const unit of expected) {
    if (rowFor.has(unit.code)) continue;
    const badFile = unreadableOf.get(unit.code);
    if (badFile) {
      const { due, inclusive } = deadlineOf(campaign, unit, false, undefined, asOf);
      rowFor.set(unit.code, {
        unit,
        file: badFile,
        due,
        inclusive,
        status: { kind: "noDate", days: 0 },
        statusText: UNREADABLE_TEXT,
        completion: null,
        included: false,
      });
      continue;
    }
    const deadline = deadlineOf(campaign, unit, false, undefined, asOf);
    if (deadline.due !== undefined)
      findings.push(
        makeFinding("W_MISSING", { unit: unit.code }, { due: dmyFromSerial(deadline.due) }),
      );
    rowFor.set(unit.code, { unit, completion: null, included: false, ...deadline });
  }
  findings.sort(compareFindings);
  const order = new Map(campaign.units.map((u, i) => [u.code, i]));
  const counts = countBySeverity(findings);
  const progress: ProgressRow[] = [...rowFor.values()]
    .sort(
      (a, b) =>
        (order.get(a.unit.code) ?? Infinity) - (order.get(b.unit.code) ?? Infinity) ||
        (a.unit.code < b.unit.code ? -1 : 1),
    )
    .map((row) => ({ ...row, errors: 0, warnings: 0, ...counts.get(row.unit.code) }));
  return { expected, units, findings, progress };
}

/** Errors and warnings per unit code. */
export function countBySeverity(
  findings: Finding[],
): Map<string, { errors: number; warnings: number }> {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const f of findings) {
    const c = counts.get(f.unit) ?? { errors: 0, warnings: 0 };
    if (f.severity === "error") c.errors++;
    else if (f.severity === "warning") c.warnings++;
    counts.set(f.unit, c);
  }
  return counts;
}

/** A unit not in the registry, described from its own info sheet so it can still be shown. */
function synthesizedUnit(report: UnitReport): Unit {
  const text = (id: string) =>
    typeof report.info[id]?.v === "string" ? (report.info[id].v as string) : "";
  return {
    code: report.unitCode ?? report.fileName,
    name: text("unitName") || report.fileName,
    level: text("level"),
    type: text("unitType"),
    supervisor: "",
  };
}
