import { parseXmlTag, XML_TAG } from "./parseXmlTag";

const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

/** The content types SheetJS files parts under; "decline" for parts it parses with no guard. */
const KINDS: Readonly<Record<string, "workbook" | "strings" | "styles" | "decline">> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "workbook",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "workbook",
  "application/vnd.ms-excel.sheet.binary.macroEnabled.main": "workbook",
  "application/vnd.ms-excel.addin.macroEnabled.main+xml": "workbook",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "workbook",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml": "strings",
  "application/vnd.ms-excel.sharedStrings": "strings",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml": "styles",
  "application/vnd.ms-excel.styles": "styles",
  // Cell metadata (dynamic arrays) and people (threaded comments) are parsed unguarded: a
  // damaged one fails the whole read there.
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml": "decline",
  "application/vnd.ms-excel.sheetMetadata": "decline",
  "application/vnd.ms-excel.person+xml": "decline",
};

export interface ContentTypes {
  /** Part names as listed (with their leading "/"), the first of each kind; "" when none. */
  workbook: string;
  strings: string;
  styles: string;
  /** Every overridden part name, to check they all exist. */
  parts: string[];
}

/**
 * The parts `[Content_Types].xml` names for the workbook, shared strings and styles, as SheetJS
 * finds them (it looks parts up there, not in the relationships); undefined where SheetJS would
 * fail or take another road (wrong namespace, a Default without extension, parts it cannot guard).
 *
 * @example readContentTypes(xml)?.strings === "/xl/sharedStrings.xml"
 */
export function readContentTypes(xml: string): ContentTypes | undefined {
  const found: ContentTypes = { workbook: "", strings: "", styles: "", parts: [] };
  let namespace: string | undefined;
  for (const [tag] of xml.matchAll(XML_TAG)) {
    const y = parseXmlTag(tag);
    switch (y[0].replace(/<\w*:/, "<")) {
      case "<Types":
        if (y[0] !== "<Types") return undefined;
        namespace = y.xmlns;
        break;
      case "<Default":
        if (y.Extension === undefined) return undefined;
        break;
      case "<Override": {
        const kind = KINDS[y.ContentType];
        if (kind === "decline" || y.PartName === undefined) return undefined;
        found.parts.push(y.PartName);
        if (kind && !found[kind]) found[kind] = y.PartName;
        break;
      }
    }
  }
  return namespace === CONTENT_TYPES_NS ? found : undefined;
}
