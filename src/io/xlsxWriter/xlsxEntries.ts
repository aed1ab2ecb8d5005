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
 * The parts of the .xlsx file for a plan, uncompressed, in the order they are made: the
 * worksheets first (they fill the style and string tables in the order ExcelJS does), then the
 * rest. A generator, so that each worksheet can be compressed while the next one is written.
 *
 * @example for (const [name, bytes] of xlsxParts(plan)) zip.add(name, bytes)
 */
export function* xlsxParts(plan: WorkbookPlan): Generator<[name: string, data: Uint8Array]> {
  const encoder = new TextEncoder();
  const styles = createStyleRegistry(plan.styles);
  const strings = createSharedStrings();
  const count = plan.sheets.length;
  for (let i = 0; i < count; i++) {
    yield [`xl/worksheets/sheet${i + 1}.xml`, worksheetPart(plan.sheets[i], styles, strings)];
  }
  const names = sheetNames(plan.sheets);
  const hasStrings = strings.count > 0;
  const parts: Record<string, string> = {
    "[Content_Types].xml": contentTypesPart(count, hasStrings),
    "_rels/.rels": rootRelsPart(),
    "docProps/app.xml": appPart(names),
    "docProps/core.xml": corePart(plan.properties),
    "xl/_rels/workbook.xml.rels": workbookRelsPart(count, hasStrings),
  };
  if (hasStrings) parts["xl/sharedStrings.xml"] = sharedStringsPart(strings);
  parts["xl/styles.xml"] = stylesPart(styles);
  parts["xl/theme/theme1.xml"] = THEME1_XML;
  parts["xl/workbook.xml"] = workbookPart(plan, names, hasStrings);
  for (const name of Object.keys(parts)) yield [name, encoder.encode(parts[name])];
}

/**
 * The parts of the .xlsx file for a plan, uncompressed and in archive order ([Content_Types].xml
 * first, then by name) — byte for byte what the ExcelJS writer puts in the archive.
 *
 * @example Object.keys(xlsxEntries(plan))[0] === "[Content_Types].xml"
 */
export function xlsxEntries(plan: WorkbookPlan): Record<string, Uint8Array> {
  const parts = [...xlsxParts(plan)].sort(([a], [b]) => archiveOrder(a, b));
  return Object.fromEntries(parts);
}
