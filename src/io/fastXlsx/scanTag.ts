import { isAsciiSpace } from "./isAsciiSpace";

/** Most attributes a tag may have before we give up on it (cells have three or four). */
const MAX_ATTRIBUTES = 32;

/**
 * What scanTag found, reused from tag to tag so that scanning a cell allocates nothing:
 * attribute i's name is text[nameStart[i], nameEnd[i]) and its value text[valueStart[i],
 * valueEnd[i]), unescaped by nobody.
 */
export interface ScannedTag {
  selfClosing: boolean;
  count: number;
  /** Whether a name holds ":" or "_" (SheetJS folds such names into others) or is upper-case. */
  oddName: boolean;
  nameStart: Int32Array;
  nameEnd: Int32Array;
  valueStart: Int32Array;
  valueEnd: Int32Array;
}

export function newScannedTag(): ScannedTag {
  return {
    selfClosing: false,
    count: 0,
    oddName: false,
    nameStart: new Int32Array(MAX_ATTRIBUTES),
    nameEnd: new Int32Array(MAX_ATTRIBUTES),
    valueStart: new Int32Array(MAX_ATTRIBUTES),
    valueEnd: new Int32Array(MAX_ATTRIBUTES),
  };
}

/**
 * Scans the attributes of a tag from just after its name to its end and returns the index past
 * its ">" — or -1 when the tag is not plain XML that SheetJS's regexes see the same way:
 * no whitespace before an attribute, an unquoted value, "<" or ">" inside a value, too many
 * attributes, the end of the text.
 *
 * @example scanTag('<c r="A1" t="s">', 2, tag) === 16 // tag.count === 2
 */
export function scanTag(text: string, from: number, tag: ScannedTag): number {
  let i = from;
  tag.count = 0;
  tag.oddName = false;
  for (;;) {
    let c = text.charCodeAt(i);
    if (c === 62) {
      tag.selfClosing = false;
      return i + 1;
    }
    if (c === 47) {
      if (text.charCodeAt(i + 1) !== 62) return -1;
      tag.selfClosing = true;
      return i + 2;
    }
    if (!isAsciiSpace(c)) return -1;
    do c = text.charCodeAt(++i);
    while (isAsciiSpace(c));
    if (c === 62 || c === 47) continue;
    const nameStart = i;
    while (c > 32 && c !== 61 && c !== 62 && c !== 47 && c !== 60 && c !== 34 && c !== 39) {
      if (c === 58 || c === 95 || (c >= 65 && c <= 90)) tag.oddName = true;
      c = text.charCodeAt(++i);
    }
    const nameEnd = i;
    if (nameEnd === nameStart || tag.count === MAX_ATTRIBUTES) return -1;
    while (isAsciiSpace(c)) c = text.charCodeAt(++i);
    if (c !== 61) return -1;
    do c = text.charCodeAt(++i);
    while (isAsciiSpace(c));
    if (c !== 34 && c !== 39) return -1;
    const quote = c;
    let close = i + 1;
    for (c = text.charCodeAt(close); c !== quote; c = text.charCodeAt(++close)) {
      // "<" or ">" in a value, or the end of the text (NaN).
      if (c === 60 || c === 62 || c !== c) return -1;
    }
    const n = tag.count++;
    tag.nameStart[n] = nameStart;
    tag.nameEnd[n] = nameEnd;
    tag.valueStart[n] = i + 1;
    tag.valueEnd[n] = close;
    i = close + 1;
  }
}
