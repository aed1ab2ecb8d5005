import { isAsciiSpace } from "./isAsciiSpace";
import { matchXmlElement } from "./matchXmlElement";
import { stringItemText } from "./stringItemText";
import { unescapeXml } from "./unescapeXml";

const ITEM_OPEN = /<(?:\w+:)?(?:si|sstItem)>/g;
const ITEM_CLOSE = /<\/(?:\w+:)?(?:si|sstItem)>/;

/**
 * The shared strings in index order, as SheetJS's parse_sst_xml lists them — including the
 * empty item it makes of what follows the last `</si>`, so that indexes past the end agree too.
 * Undefined where an item's text could differ (see stringItemText).
 *
 * @example readSharedStrings('<sst><si><t>Mã</t></si></sst>') // ["Mã", ""]
 */
export function readSharedStrings(xml: string): string[] | undefined {
  const sst = matchXmlElement(xml, "sst");
  if (!sst) return [];
  const chunks = sst[1].replace(ITEM_OPEN, "").split(ITEM_CLOSE);
  const strings: string[] = new Array(chunks.length);
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    // The common item, "<t>text</t>" with plain text, needs neither trimming nor a regex.
    if (
      chunk.startsWith("<t>") &&
      chunk.indexOf("<", 3) === chunk.length - 4 &&
      chunk.endsWith("</t>")
    ) {
      strings[i] = unescapeXml(chunk.slice(3, chunk.length - 4), true);
      continue;
    }
    const item = trimmedItem(chunk);
    const text = item === undefined ? undefined : stringItemText(item);
    if (text === undefined) return undefined;
    strings[i] = text;
  }
  return strings;
}

/**
 * SheetJS trims each item as bytes; we trim characters. They agree when what is trimmed is ASCII
 * whitespace and the item is tags from end to end.
 */
function trimmedItem(chunk: string): string | undefined {
  let start = 0;
  let end = chunk.length;
  while (start < end && isAsciiSpace(chunk.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(chunk.charCodeAt(end - 1))) end--;
  if (start === end) return "";
  if (chunk.charCodeAt(start) !== 60 || chunk.charCodeAt(end - 1) !== 62) return undefined;
  return chunk.slice(start, end);
}
