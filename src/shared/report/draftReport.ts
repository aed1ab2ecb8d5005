import type { Consolidation } from "../consolidate/consolidate";
import type { Campaign } from "../model";
import type { ProgressRow } from "../validate/progress";
import { coverageFigures } from "./coverageFigures";
import type { DraftReport } from "./draftTypes";
import { indicatorFigures } from "./indicatorFigures";
import { listFigures } from "./listFigures";

/**
 * The report's figures drafted from a consolidation: the coverage sentences, then for each part
 * of the report (the campaign's `reportParts`, else one part per sheet) the sentences of its
 * sheets. Pure: the same consolidation gives the same draft.
 *
 * @example
 * const draft = draftReport(campaign, run.consolidation, run.progress, asOf);
 * draft.parts[0].figures[0].text // "Tổng số đảng viên của đảng bộ, chi bộ: 3.456 đồng chí."
 */
export function draftReport(
  campaign: Campaign,
  c: Consolidation,
  progress: ProgressRow[],
  asOf: number,
): DraftReport {
  const parts =
    campaign.reportParts ??
    campaign.outline.sheets
      .filter((s) => s.kind !== "info")
      .map((s) => ({ title: s.title, sheets: [s.id] }));
  return {
    asOf,
    coverage: coverageFigures(campaign, c, progress, asOf),
    parts: parts.map((part) => ({
      title: part.title,
      figures: part.sheets.flatMap((id) => {
        const sheet = campaign.outline.sheets.find((s) => s.id === id);
        if (sheet?.kind === "indicators") return indicatorFigures(campaign, sheet, c);
        if (sheet?.kind === "list") return listFigures(campaign, sheet, c);
        return [];
      }),
    })),
  };
}
