import type { Grid } from "../../shared/model";
import { parseXmlTag, tagName, XML_TAG } from "./parseXmlTag";
import { unescapeXml } from "./unescapeXml";

/** The namespaces SheetJS accepts for a workbook part; it throws on any other. */
const MAIN_NAMESPACES = [
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
  "http://schemas.microsoft.com/office/excel/2006/main",
  "http://schemas.microsoft.com/office/excel/2006/2",
];

export interface WorkbookSheet {
  name: string;
  state: NonNullable<Grid["state"]>;
  /** Relationship Id of the sheet's part. */
  id: string;
}

/**
 * The sheets of a workbook part in tab order, with their states, and whether dates count from
 * 1904 — read as SheetJS's parse_wb_xml does; undefined where it would throw or where the part
 * is not plain (prefixed elements, a sheet without name or relationship).
 *
 * @example readWorkbookXml(xml)?.sheets[0] // { name: "Thông tin đơn vị", state: "visible", id: "rId4" }
 */
export function readWorkbookXml(
  xml: string,
): { sheets: WorkbookSheet[]; date1904: boolean } | undefined {
  if (/<\w+:(?:workbook|sheets?|workbookPr)\b/.test(xml)) return undefined;
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  let namespace = "";
  for (const [tag] of xml.matchAll(XML_TAG)) {
    const y = parseXmlTag(tag);
    switch (tagName(y)) {
      case "<workbook":
        namespace = y.xmlns;
        break;
      case "<workbookPr":
      case "<workbookPr/>":
        if (y.date1904 != null) date1904 = y.date1904 === "1" || y.date1904 === "true";
        break;
      case "<sheet": {
        if (y.name === undefined || !y.id) return undefined;
        const state = y.state === "hidden" || y.state === "veryHidden" ? y.state : "visible";
        sheets.push({ name: unescapeXml(y.name), state, id: y.id });
        break;
      }
    }
  }
  return MAIN_NAMESPACES.includes(namespace) ? { sheets, date1904 } : undefined;
}
