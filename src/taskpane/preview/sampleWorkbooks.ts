import type { Campaign, SourceWorkbook } from "../../shared/model";
import { buildTemplatePlan } from "../../shared/plan/buildTemplatePlan";
import { planToGrids } from "../../shared/plan/planToGrids";
import { generateSampleUnits } from "../../shared/samples/generateSampleUnits";

/**
 * The sample units as workbooks, straight from their filled template plans (what reading the
 * files in samples/units would give), so the preview works with no file at hand.
 *
 * @example sampleWorkbooks(embeddedCampaign).length // ≈ 90% of the expected units
 */
export function sampleWorkbooks(campaign: Campaign): SourceWorkbook[] {
  return generateSampleUnits(campaign).map((s) => ({
    fileName: s.fileName,
    sheets: planToGrids(buildTemplatePlan(campaign, { unitCode: s.unit.code, filled: s.filled })),
  }));
}
