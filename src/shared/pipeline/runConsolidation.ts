import { consolidate, type Consolidation } from "../consolidate/consolidate";
import { makeFinding, compareFindings } from "../findings/makeFinding";
import { findOutliers } from "../outliers/findOutliers";
import type { Finding, Unit, UnitReport, WorkbookPlan } from "../model";
import { buildConsolidatedPlan } from "../plan/buildConsolidatedPlan";
import type { ProgressRow } from "../validate/progress";
import { checkWorkbooks, type CheckInput } from "./checkWorkbooks";

export interface ConsolidationInput extends CheckInput {
  /** Leave units with errors out of the tables (they stay in progress and findings). */
  excludeUnitsWithErrors?: boolean;
}

export interface RunSummary {
  expected: number;
  received: number;
  onTime: number;
  late: number;
  noDate: number;
  missing: number;
  included: number;
  excluded: number;
  errors: number;
  warnings: number;
  unitsWithErrors: number;
}

export interface ConsolidationRun {
  reports: UnitReport[];
  findings: Finding[];
  progress: ProgressRow[];
  consolidation: Consolidation;
  plan: WorkbookPlan;
  summary: RunSummary;
}

/**
 * The whole job on workbooks already read into Grids: check every unit, consolidate the eligible
 * ones (optionally only those without errors) and build the consolidated appendix plan.
 *
 * @example
 * const run = runConsolidation({ campaign, workbooks, asOf: serialFromIso("2021-05-06") });
 * await writePlan(run.plan); // the .xlsx
 */
export function runConsolidation(input: ConsolidationInput): ConsolidationRun {
  const { campaign } = input;
  const checked = checkWorkbooks(input);
  const findings = [...checked.findings];
  const errorsOf = new Map(checked.progress.map((p) => [p.unit.code, p]));
  const included = [];
  for (const u of checked.units) {
    if (!u.eligible) continue;
    const row = errorsOf.get(u.unit.code);
    const errors = row?.errors ?? 0;
    if (input.excludeUnitsWithErrors && errors > 0) {
      findings.push(
        makeFinding(
          "W_EXCLUDED",
          { unit: u.unit.code, file: u.report.fileName },
          { value: String(errors) },
        ),
      );
      if (row) row.included = false;
      continue;
    }
    included.push({ unit: u.unit, report: u.report, errors, warnings: row?.warnings ?? 0 });
  }
  const consolidation = consolidate(campaign, included);
  addOutliers(
    findOutliers(campaign, consolidation, findings),
    findings,
    checked.progress,
    included,
  );
  findings.sort(compareFindings);
  const forUnit = input.forUnit
    ? campaign.units.find((u) => u.code === input.forUnit)
    : topUnit(campaign);
  const plan = buildConsolidatedPlan({
    campaign,
    consolidation,
    progress: checked.progress,
    findings,
    forUnit,
    asOf: input.asOf,
    expected: checked.expected,
    top: topUnit(campaign),
  });
  return {
    reports: checked.units.map((u) => u.report),
    findings,
    progress: checked.progress,
    consolidation,
    plan,
    summary: summarize(checked.expected, checked.progress, findings, included.length),
  };
}

/** Outlier warnings join the findings and each unit's warning count; the totals stay as they are. */
function addOutliers(
  outliers: Finding[],
  findings: Finding[],
  progress: ProgressRow[],
  included: Array<{ unit: { code: string }; warnings: number }>,
): void {
  for (const f of outliers) {
    findings.push(f);
    const row = progress.find((p) => p.unit.code === f.unit);
    if (row) row.warnings++;
    const unit = included.find((u) => u.unit.code === f.unit);
    if (unit) unit.warnings++;
  }
}

/** The consolidating body when none is named: the registry unit of a level nobody reports to and that has no report milestone (the Đảng bộ Khối). */
function topUnit(campaign: ConsolidationInput["campaign"]) {
  const top = campaign.levels.find(
    (l) => !l.milestones.some((m) => m.id === "report") && !l.reportsTo,
  );
  return top ? campaign.units.find((u) => u.level === top.code) : undefined;
}

/**
 * The run's figures over the expected units only: a file whose unit is unknown, or a unit that
 * reports through another, is neither expected nor received here (its findings still count).
 */
function summarize(
  expected: Unit[],
  progress: ProgressRow[],
  findings: Finding[],
  included: number,
): RunSummary {
  const codes = new Set(expected.map((u) => u.code));
  const rows = progress.filter((p) => codes.has(p.unit.code));
  const received = rows.filter((p) => p.file !== undefined);
  return {
    expected: expected.length,
    received: received.length,
    onTime: received.filter((p) => p.status.kind === "onTime").length,
    late: received.filter((p) => p.status.kind === "late").length,
    noDate: received.filter((p) => p.status.kind === "noDate").length,
    missing: rows.filter((p) => p.file === undefined).length,
    included,
    excluded: received.length - included,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    unitsWithErrors: progress.filter((p) => p.errors > 0).length,
  };
}
