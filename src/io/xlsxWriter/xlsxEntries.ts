import type { WorkbookPlan } from "../../shared/model";
import { archiveOrder } from "../normalizeZip";
import { contentTypesPart } from "./contentTypesPart";
import { appPart, corePart } from "./docPropsParts";
import { rootRelsPart, workbookRelsPart } from "./relationshipsPart";
import { createSharedStrings, sharedStringsPart } from "./sharedStrings";
import { sheetNames } from "./sheetNames";
import { createStyleRegistry, stylesPart } from "./styleRegistry";
import { THEME1_XML } from "./theme1";
import { workbookPart } from "./workbookPart";
import { worksheetPart } from "./worksheetPart";

/**
 * The parts of the .xlsx file for a plan, uncompressed and in archive order ([Content_Types].xml
 * first, then by name) — byte for byte what the ExcelJS writer puts in the archive. Separate so
 * that the caller can compress the large parts in parallel.
 *
 * @example Object.keys(xlsxEntries(plan))[0] === "[Content_Types].xml"
 */
export function xlsxEntries(plan: WorkbookPlan): Record<string, Uint8Array> {
  const names = sheetNames(plan.sheets);
  const styles = createStyleRegistry(plan.styles);
  const strings = createSharedStrings();
  // Sheets first: they fill the style and string tables in the order ExcelJS does.
  const sheets = plan.sheets.map((sheet) => worksheetPart(sheet, styles, strings));
  const hasStrings = strings.count > 0;
  const parts: Record<string, string> = {
    "[Content_Types].xml": contentTypesPart(sheets.length, hasStrings),
    "_rels/.rels": rootRelsPart(),
    "docProps/app.xml": appPart(names),
    "docProps/core.xml": corePart(plan.properties),
    "xl/_rels/workbook.xml.rels": workbookRelsPart(sheets.length, hasStrings),
  };
  if (hasStrings) parts["xl/sharedStrings.xml"] = sharedStringsPart(strings);
  parts["xl/styles.xml"] = stylesPart(styles);
  parts["xl/theme/theme1.xml"] = THEME1_XML;
  parts["xl/workbook.xml"] = workbookPart(plan, names, hasStrings);
  sheets.forEach((xml, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = xml));

  const encoder = new TextEncoder();
  const out: Record<string, Uint8Array> = {};
  for (const name of Object.keys(parts).sort(archiveOrder)) out[name] = encoder.encode(parts[name]);
  return out;
}
