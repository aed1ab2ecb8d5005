/** SheetJS's tag pattern: what it sees as one tag in the small parts (workbook, styles, rels). */
export const XML_TAG =
  /<[/?]?[a-zA-Z0-9:_-]+(?:\s+[^"\s?<>/]+\s*=\s*(?:"[^"]*"|'[^']*'|[^'"<>\s=]+))*\s*[/?]?>/gm;

const ATTRIBUTE = /\s([^"\s?>/]+)\s*=\s*((?:")([^"]*)(?:")|(?:')([^']*)(?:')|([^'">\s]+))/g;

export type XmlTag = Record<string, string> & { 0: string };

/**
 * A tag's name (key 0, with its "<") and attributes the way SheetJS's parsexmltag reads them:
 * namespace prefixes dropped from attribute names ("r:id" → "id"), names cut at "_", every name
 * also kept lower-cased, the last of equal names winning; values raw (not unescaped).
 *
 * @example parseXmlTag('<sheet name="B1" r:id="rId3"/>') // { 0: "<sheet", name: "B1", id: "rId3" }
 */
export function parseXmlTag(tag: string): XmlTag {
  const z = {} as XmlTag;
  let eq = 0;
  for (; eq !== tag.length; ++eq) {
    const c = tag.charCodeAt(eq);
    if (c === 32 || c === 10 || c === 13) break;
  }
  z[0] = tag.slice(0, eq);
  if (eq === tag.length) return z;
  const found = tag.match(ATTRIBUTE);
  if (!found) return z;
  for (const m of found) {
    const cc = m.slice(1);
    let c = 0;
    for (; c !== cc.length; ++c) if (cc.charCodeAt(c) === 61) break;
    let q = cc.slice(0, c).trim();
    while (cc.charCodeAt(c + 1) === 32) ++c;
    const quote = cc.charCodeAt(c + 1);
    const quoted = quote === 34 || quote === 39 ? 1 : 0;
    const v = cc.slice(c + 1 + quoted, cc.length - quoted);
    const colon = q.indexOf(":");
    if (colon === -1) {
      if (q.indexOf("_") > 0) q = q.slice(0, q.indexOf("_"));
      z[q] = v;
      z[q.toLowerCase()] = v;
    } else {
      const k = (colon === 5 && q.slice(0, 5) === "xmlns" ? "xmlns" : "") + q.slice(colon + 1);
      if (z[k] && q.slice(colon - 3, colon) === "ext") continue;
      z[k] = v;
      z[k.toLowerCase()] = v;
    }
  }
  return z;
}

/** The element name of a parsed tag without its namespace prefix: "<x:sheet" → "<sheet". */
export function tagName(tag: XmlTag): string {
  return tag[0].replace(/<(\/?)\w+:/, "<$1");
}
