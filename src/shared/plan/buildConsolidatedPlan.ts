import { a1, quoteSheetName } from "../a1/a1";
import type { Consolidation } from "../consolidate/consolidate";
import { sumOf } from "../consolidate/aggregate";
import { outlineHash } from "../hash/outlineHash";
import type { Campaign, Finding, PlanSheet, PlanValue, Unit, WorkbookPlan } from "../model";
import { ORIGIN_UNIT_KEY } from "../template/templateLayout";
import type { ProgressRow } from "../validate/progress";
import {
  PLAN_EPOCH,
  buildIndicatorSheet,
  buildInfoSheet,
  buildListSheet,
  unitInfoValues,
} from "./buildTemplatePlan";
import { appendixForm, coverageOf, coverageText } from "./appendixDocument";
import {
  buildDetailSheet,
  detailKey,
  flaggedCells,
  type DetailLayout,
} from "./consolidatedDetailSheet";
import { buildFindingsSheet, FINDINGS_SHEET } from "./findingsSheet";
import { buildMetaSheet } from "./buildMetaSheet";
import { buildProgressSheet, PROGRESS_SHEET } from "./progressSheet";
import { buildStatisticsSheet, STATISTICS_SHEET } from "./statisticsSheet";
import { buildDraftSheet } from "./draftSheet";
import { PLAN_STYLES, valueStyleFor, type PlanStyleName } from "./styles";

export interface ConsolidatedPlanInput {
  campaign: Campaign;
  consolidation: Consolidation;
  progress: ProgressRow[];
  findings: Finding[];
  /** The consolidating unit (its code goes into the info and meta sheets), when in the registry. */
  forUnit?: Unit;
  /** As-of date (Excel serial) written as the submission date of the consolidated appendix. */
  asOf: number;
  /** The units expected to report, for the coverage line; those of the progress rows if absent. */
  expected?: Unit[];
  /** The consolidating body of the campaign (its top unit), whose form is the campaign's own. */
  top?: Unit;
}

/**
 * The consolidated appendix: the outline's sheets in the template layout holding the totals (so
 * the file is itself a valid submission one level up), a per-unit table for each indicator
 * sheet with live totals and subtotals, statistics, progress and findings sheets, and the meta
 * sheet listing every sheet the add-in owns.
 */
export function buildConsolidatedPlan(input: ConsolidatedPlanInput): WorkbookPlan {
  const { campaign, consolidation: c, progress, findings } = input;
  const statusOf = statusLookup(progress);
  const form = appendixForm(campaign, input.forUnit, input.top);
  const coverage = coverageText(
    coverageOf(input.expected ?? progress.map((p) => p.unit), progress, c),
    input.asOf,
  );
  // Every printed sheet is one appendix of the report: numbered in workbook order.
  let number = 0;
  const appendix = () => ({ form, number: ++number, subtitle: coverage });

  const summaryAppendix = campaign.outline.sheets.map(() => appendix());
  const flagged = flaggedCells(findings, c.units);
  const layouts = new Map<string, DetailLayout>();
  const detailSheets: PlanSheet[] = [];
  for (const sheet of campaign.outline.sheets) {
    if (sheet.kind !== "indicators") continue;
    const { plan, layout } = buildDetailSheet(campaign, sheet, c, statusOf, appendix(), flagged);
    layouts.set(sheet.id, layout);
    detailSheets.push(plan);
  }

  const summarySheets: PlanSheet[] = campaign.outline.sheets.map((sheet, i) => {
    switch (sheet.kind) {
      case "info":
        return protect(
          buildInfoSheet(campaign, sheet, consolidatedInfo(campaign, c, input), summaryAppendix[i]),
        );
      case "indicators": {
        const layout = layouts.get(sheet.id)!;
        const ref = quoteSheetName(layout.sheetName);
        return buildIndicatorSheet(campaign, sheet, {
          appendix: summaryAppendix[i],
          valueCell: (code, j) => {
            const ind = sheet.indicators.find((i) => i.code === code)!;
            const col = sheet.columns[j];
            const v = c.totals[sheet.id][code][col.id];
            const style = (
              ind.type === "yesno" ? "totalInteger" : valueStyleFor(ind.type, "total")
            ) as PlanStyleName;
            const total = a1(layout.totalRow, layout.columnOf.get(detailKey(code, col.id))!);
            if (
              ind.aggregation === "none" ||
              ind.type === "text" ||
              ind.type === "choice" ||
              ind.type === "date"
            )
              return { s: style };
            return { f: `${ref}!${total}`, v: v ?? "", s: style };
          },
        });
      }
      case "list":
        return buildListSheet(campaign, sheet, {
          appendix: summaryAppendix[i],
          originColumn: true,
          rows: c.lists[sheet.id].map(({ unit, row }) => ({
            cells: Object.fromEntries(Object.entries(row).map(([k, sv]) => [k, sv.v])),
            originUnit:
              typeof row[ORIGIN_UNIT_KEY]?.v === "string"
                ? (row[ORIGIN_UNIT_KEY].v as string)
                : unit.name,
          })),
        });
    }
  });

  const reportSheets = [
    buildStatisticsSheet(campaign, c, layouts, appendix()),
    buildProgressSheet(campaign, progress, coverage),
    buildFindingsSheet(campaign, findings, coverage),
    buildDraftSheet(input),
  ];
  const owned = [...summarySheets, ...detailSheets, ...reportSheets].map((s) => s.name);
  const meta = buildMetaSheet({
    kind: "consolidated",
    campaignId: campaign.id,
    outlineId: campaign.outline.id,
    version: campaign.outline.version,
    hash: outlineHash(campaign.outline),
    unitCode: input.forUnit?.code,
    weights: c.weightTotals,
    sheetNames: Object.fromEntries(campaign.outline.sheets.map((s) => [s.id, s.name])),
    ownedSheets: owned,
  });
  return {
    sheets: [...summarySheets, ...detailSheets, ...reportSheets, meta],
    styles: PLAN_STYLES,
    names: [],
    properties: {
      title: `${campaign.outline.title} — tổng hợp`,
      creator: "Phụ lục",
      created: PLAN_EPOCH,
    },
  };
}

/** The consolidated info sheet: the consolidating unit, summed counts, the as-of date. */
function consolidatedInfo(
  campaign: Campaign,
  c: Consolidation,
  input: ConsolidatedPlanInput,
): Record<string, PlanValue> {
  const values: Record<string, PlanValue> = { ...unitInfoValues(input.forUnit) };
  for (const sheet of campaign.outline.sheets) {
    if (sheet.kind !== "info") continue;
    for (const field of sheet.fields) {
      if (field.type !== "integer" && field.type !== "decimal") continue;
      const present = c.units
        .map((u) => u.report.info[field.id]?.v)
        .filter((v): v is number => typeof v === "number");
      if (present.length > 0) values[field.id] = sumOf(present);
    }
  }
  values.submittedAt = input.asOf;
  return values;
}

function statusLookup(
  progress: ProgressRow[],
): (code: string) => { text: string; style: PlanStyleName } {
  const byCode = new Map(progress.map((p) => [p.unit.code, p]));
  return (code) => {
    const p = byCode.get(code);
    if (!p) return { text: "", style: "text" };
    if (p.errors > 0) return { text: `Có ${p.errors} lỗi`, style: "error" };
    if (p.warnings > 0) return { text: `${p.warnings} cảnh báo`, style: "warning" };
    return { text: "Hợp lệ", style: "ok" };
  };
}

function protect(sheet: PlanSheet): PlanSheet {
  return { ...sheet, protect: true };
}

export { FINDINGS_SHEET, PROGRESS_SHEET, STATISTICS_SHEET };
