import type { WorkbookPlan } from "../../shared/model";
import { withListSources } from "../../shared/plan/withListSources";
import { zipEntries } from "../normalizeZip";
import { xlsxEntries } from "./xlsxEntries";

/**
 * Renders a WorkbookPlan as .xlsx bytes without ExcelJS: the same bytes `writePlan` gives (same
 * parts, same archive), several times faster and synchronous. Browser-safe (fflate, TextEncoder).
 *
 * @example await writeFile("out.xlsx", writeXlsx(buildTemplatePlan(campaign)))
 */
export function writeXlsx(plan: WorkbookPlan): Uint8Array {
  // As writePlan and the Office.js writer do: list choices in cells (commas, 255 characters).
  return zipEntries(xlsxEntries(withListSources(plan)), plan.properties.created);
}
