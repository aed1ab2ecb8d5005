import type { WorkbookPlan } from "../shared/model";
import { withListSources } from "../shared/plan/withListSources";
import { zipTime } from "./normalizeZip";
import { xlsxParts } from "./xlsxWriter";
import { zipParts, type DeflateAway } from "./zipParts";

/**
 * Renders a WorkbookPlan as .xlsx bytes (CLI): our own writer's parts, each large one deflated
 * on another thread (`away`, by default one of fflate's per part) while the next is written. The
 * same bytes as `writeXlsx(plan)` — and as the ExcelJS writer this replaced.
 *
 * - Formula cells carry their plan value as cached result, so viewers that do not recalculate
 *   still show numbers; the workbook also asks Excel/LibreOffice to recalculate on load.
 * - A string value is always written as text, even "=1+1".
 * - The same plan gives byte-identical bytes (fixed timestamps, normalized zip).
 * - List validations take their choices from a very hidden sheet (withListSources).
 *
 * @example await writeFile("out.xlsx", await writePlan(buildTemplatePlan(campaign)))
 */
export function writePlan(plan: WorkbookPlan, away?: DeflateAway): Promise<Uint8Array> {
  // As the Office.js writer does: list choices in cells, not inline (commas, 255 characters).
  const written = withListSources(plan);
  return zipParts(xlsxParts(written), zipTime(written.properties.created), away);
}
