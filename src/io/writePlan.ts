import type { WorkbookPlan } from "../shared/model";
import { zipTime } from "./normalizeZip";
import { xlsxEntries } from "./xlsxWriter";
import { zipInParallel, type DeflateElsewhere } from "./zipInParallel";

/**
 * Renders a WorkbookPlan as .xlsx bytes (CLI): our own writer's parts, the largest deflated on
 * another thread (`elsewhere`, by default a new one of fflate's). The same bytes as `writeXlsx(plan)` — and as the ExcelJS writer this replaced.
 *
 * - Formula cells carry their plan value as cached result, so viewers that do not recalculate
 *   still show numbers; the workbook also asks Excel/LibreOffice to recalculate on load.
 * - A string value is always written as text, even "=1+1".
 * - The same plan gives byte-identical bytes (fixed timestamps, normalized zip).
 *
 * @example await writeFile("out.xlsx", await writePlan(buildTemplatePlan(campaign)))
 */
export async function writePlan(
  plan: WorkbookPlan,
  elsewhere?: DeflateElsewhere,
): Promise<Uint8Array> {
  return zipXlsxParts(xlsxEntries(plan), plan.properties.created, elsewhere);
}

/**
 * The zip step of writePlan on its own (the bench times it apart from the XML): parts in the
 * archive order `xlsxEntries` gives them, all stamped with `isoTime`.
 *
 * @example await zipXlsxParts(xlsxEntries(plan), plan.properties.created)
 */
export function zipXlsxParts(
  parts: Record<string, Uint8Array>,
  isoTime: string,
  elsewhere?: DeflateElsewhere,
): Promise<Uint8Array> {
  return zipInParallel(Object.entries(parts), zipTime(isoTime), elsewhere);
}
