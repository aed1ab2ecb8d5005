import { isAsciiSpace } from "./isAsciiSpace";
import { XML_TAG } from "./parseXmlTag";
import { unescapeXml } from "./unescapeXml";

const RUN = /<(?:\w+:)?r\b[^<>]*>/;
const RUN_TEXT = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;
const PHONETIC_OPEN = /<(?:\w+:)?rPh\b[^<>]*>/g;
const PHONETIC_CLOSE = /<\/(?:\w+:)?rPh>/g;

/**
 * The text of a shared or inline string item (the content of `<si>` or `<is>`) as SheetJS's
 * parse_si gives it: a plain `<t>` first → its text; else rich-text runs → their texts joined,
 * phonetic runs (`<rPh>`) left out; else "". Undefined where our text could differ from SheetJS's
 * (it scans bytes, we scan characters): odd whitespace around tags, prefixed or self-closing `<t>`,
 * unclosed phonetic runs.
 *
 * @example stringItemText('<r><t>Đạt </t></r><r><rPr><b/></rPr><t>100%</t></r>') === "Đạt 100%"
 */
export function stringItemText(item: string): string | undefined {
  let i = 0;
  while (i < item.length && isAsciiSpace(item.charCodeAt(i))) i++;
  if (i === item.length) return "";
  if (item.charCodeAt(i) !== 60) return undefined;
  // "<t>" or "<t " first: the text up to the first closing tag.
  if (item.charCodeAt(i + 1) === 116) {
    const after = item.charCodeAt(i + 2);
    if (after !== 62 && after !== 32) return undefined;
    const gt = item.indexOf(">", i);
    if (gt === -1 || item.charCodeAt(gt - 1) === 47) return undefined;
    const end = item.indexOf("<", gt);
    if (end === -1) return unescapeXml(item.slice(gt + 1), true);
    if (!item.startsWith("</t>", end)) return undefined;
    return unescapeXml(item.slice(gt + 1, end), true);
  }
  if (/^<\w+:/.test(item.slice(i))) return undefined;
  if (!RUN.test(item)) return "";
  const withoutPhonetics = removePhonetics(item);
  if (withoutPhonetics === undefined) return undefined;
  let joined = "";
  for (const m of withoutPhonetics.matchAll(RUN_TEXT)) {
    if (/[^\x20-\x7e]/.test(m[0].slice(0, m[0].length - m[1].length - 4))) return undefined;
    joined += m[0];
  }
  return unescapeXml(joined.replace(XML_TAG, ""), true);
}

/** SheetJS's str_remove_xml_ns_g(x, "rPh"): undefined when a run is not closed (it fails). */
function removePhonetics(text: string): string | undefined {
  const out: string[] = [];
  let from = 0;
  PHONETIC_OPEN.lastIndex = 0;
  for (let m = PHONETIC_OPEN.exec(text); m; m = PHONETIC_OPEN.exec(text)) {
    out.push(text.slice(from, m.index));
    PHONETIC_CLOSE.lastIndex = PHONETIC_OPEN.lastIndex;
    if (!PHONETIC_CLOSE.exec(text)) return undefined;
    from = PHONETIC_CLOSE.lastIndex;
    PHONETIC_OPEN.lastIndex = from;
  }
  out.push(text.slice(from));
  return out.join("");
}
