import { parseXmlTag, XML_TAG } from "./parseXmlTag";
import { unescapeXml } from "./unescapeXml";

export interface Relationship {
  type: string | undefined;
  target: string;
}

/**
 * A relationships part by Id, as SheetJS's parse_rels reads it (the last of equal Ids wins);
 * undefined where SheetJS would throw (an internal target missing).
 *
 * @example readRelationships(relsXml)?.get("rId4")?.target === "worksheets/sheet1.xml"
 */
export function readRelationships(xml: string): Map<string, Relationship> | undefined {
  const rels = new Map<string, Relationship>();
  for (const [tag] of xml.matchAll(XML_TAG)) {
    const y = parseXmlTag(tag);
    if (y[0] !== "<Relationship") continue;
    // SheetJS resolves every internal target against the part's folder: it throws on none.
    if (y.Target === undefined && y.TargetMode !== "External") return undefined;
    rels.set(y.Id, { type: y.Type, target: unescapeXml(String(y.Target)) });
  }
  return rels;
}
