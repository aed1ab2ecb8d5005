import { isAsciiSpace } from "./isAsciiSpace";
import { matchXmlElement } from "./matchXmlElement";
import { stringItemText } from "./stringItemText";
import { unescapeXml } from "./unescapeXml";

const ODD_ITEM = /:si>|sstItem|<si/;

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
  const content = sst[1];
  const strings: string[] = [];
  // SheetJS drops every "<si>" then splits at "</si>": item i is what lies between the
  // (i-1)th and ith "</si>", whitespace and "<si>" around it removed.
  for (let from = 0; ;) {
    const close = content.indexOf("</si>", from);
    const end = close === -1 ? content.length : close;
    let start = content.indexOf("<si>", from);
    if (start === -1 || start >= end) start = from;
    else {
      for (let k = from; k < start; k++) if (!isAsciiSpace(content.charCodeAt(k))) return undefined;
      start += 4;
      const next = content.indexOf("<si>", start);
      if (next !== -1 && next < end) return undefined;
    }
    // The common item, "<t>text</t>" with plain text, needs neither trimming nor a regex.
    if (
      content.startsWith("<t>", start) &&
      content.indexOf("<", start + 3) === end - 4 &&
      content.startsWith("</t>", end - 4)
    ) {
      strings.push(unescapeXml(content.slice(start + 3, end - 4), true));
    } else {
      // Prefixed or attributed items, or sstItem, are split otherwise by SheetJS's patterns.
      const item = trimmedItem(content.slice(start, end));
      const text = item === undefined || ODD_ITEM.test(item) ? undefined : stringItemText(item);
      if (text === undefined) return undefined;
      strings.push(text);
    }
    if (close === -1) return strings;
    from = close + 5;
  }
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
