import type { Cell, Grid } from "../../shared/model";
import { cellErrorCode, errorNumberOfText } from "../cellErrorCode";
import { isBooleanConstant } from "../isBooleanConstant";
import { isAsciiSpace } from "./isAsciiSpace";
import { parseXmlTag } from "./parseXmlTag";
import type { CellFormats } from "./readCellFormats";
import { readMerges } from "./readMerges";
import { newScannedTag, scanTag, type ScannedTag } from "./scanTag";
import { shiftFormula } from "./shiftFormula";
import { stringItemText } from "./stringItemText";
import { unescapeXml } from "./unescapeXml";

export interface SheetReadContext {
  /** Shared strings; undefined when the workbook has none (a string cell then fails SheetJS). */
  strings: readonly string[] | undefined;
  formats: CellFormats;
  /** Tells whether a number format is a date format (cached per format by the caller). */
  isDateFormat: (format: string) => boolean;
  /** 1462 for workbooks in the 1904 date system, so serials are always 1900-based. */
  serialOffset: number;
}

const SHARED_INDEX = /^(?:0|[1-9]\d*)$/;
const NON_ASCII = /[^\u0000-\u007f]/; // eslint-disable-line no-control-regex
const NON_ASCII_ALL = /[^\u0000-\u007f]/g; // eslint-disable-line no-control-regex
/** What `<is>` must not hold: SheetJS looks for the cell's parts in the whole cell text. */
const INLINE_CLASH = /<(?:\w+:)?(?:c[ />]|v\b|f\b|is\b)|<\/(?:\w+:)?sheetData>/;

const LT = 60;
const SLASH = 47;

/** Per-read scratch (a worksheet is read in one synchronous call). */
const tag: ScannedTag = newScannedTag();

/**
 * Reads a worksheet part into the Grid that SheetJS (dense, cellFormula, cellNF, sheetStubs,
 * no cellText) followed by sheetToGrid gives — or undefined to decline, when the part holds
 * anything whose reading we do not reproduce exactly: comments or CDATA, prefixed elements,
 * cells without or out of reference order, unknown elements in rows or cells, ISO dates
 * (t="d"), hyperlinks (SheetJS makes cells for them), shared formulas it could not shift.
 * Legacy drawings (notes) are the caller's to decline: they need the sheet's relationships.
 *
 * @example readSheetXml(xml, "B1", "visible", ctx)?.rows[5][3] === 115
 */
export function readSheetXml(
  xml: string,
  name: string,
  state: NonNullable<Grid["state"]>,
  ctx: SheetReadContext,
): Grid | undefined {
  const rows: Cell[][] = [];
  const formulas: Record<string, string> = {};
  let tail = xml;
  // The first "sheetData" must open the cells: a prefixed one, or comments, CDATA and the like
  // before it, would move what SheetJS matches. Inside, the strict scan declines them.
  const first = xml.indexOf("sheetData");
  if (first !== -1) {
    const open = first - 1;
    if (xml.charCodeAt(open) !== LT || isWordChar(xml.charCodeAt(first + 9))) return undefined;
    if (hasMarkupDeclaration(xml, 0, open)) return undefined;
    const start = scanTag(xml, first + 9, tag);
    if (start === -1) return undefined;
    if (tag.selfClosing) {
      // SheetJS pairs <sheetData/> with a later closing tag, or reads no cells.
      if (xml.indexOf("</sheetData>", start) !== -1) return undefined;
    } else {
      const close = readCells(xml, start, rows, formulas, ctx);
      if (close === -1) return undefined;
      tail = xml.slice(close + 12);
    }
  }
  let hasMerges = false;
  // The rest, tag by tag: merges; hyperlinks (SheetJS makes cells for them) and comments decline.
  for (let i = tail.indexOf("<"); i !== -1; i = tail.indexOf("<", i + 1)) {
    if (tail.charCodeAt(i + 1) === 33) return undefined;
    let k = i + 1;
    while (isWordChar(tail.charCodeAt(k))) k++;
    k = tail.charCodeAt(k) === 58 ? k + 1 : i + 1;
    if (tail.startsWith("hyperlink ", k)) return undefined;
    if (tail.startsWith("mergeCell ", k)) hasMerges = true;
  }
  return { name, rows, merges: hasMerges ? readMerges(tail) : [], formulas, state };
}

/** Whether text[from, to) holds "<!" (a comment, CDATA, a DOCTYPE). */
function hasMarkupDeclaration(text: string, from: number, to: number): boolean {
  for (let i = text.indexOf("<", from); i !== -1 && i < to; i = text.indexOf("<", i + 1))
    if (text.charCodeAt(i + 1) === 33) return true;
  return false;
}

/**
 * The rows and cells of `<sheetData>` from `from` into rows and formulas; returns where
 * `</sheetData>` starts, or -1 to decline.
 */
function readCells(
  xml: string,
  from: number,
  rows: Cell[][],
  formulas: Record<string, string>,
  ctx: SheetReadContext,
): number {
  const { strings, formats, isDateFormat, serialOffset } = ctx;
  // Date-ness of each style's format, worked out on first use: 0 unknown, 1 no, 2 yes.
  const styleIsDate = new Uint8Array(formats.byStyle.length);
  let plainIsDate = 0;
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  let current: Cell[] = [];
  let lastRow = -1;
  let lastCol = -1;
  let i = from;
  for (;;) {
    while (isAsciiSpace(xml.charCodeAt(i))) i++;
    if (xml.startsWith("</sheetData>", i)) break;
    if (!xml.startsWith("<row", i) || !isTagEnd(xml.charCodeAt(i + 4))) return -1;
    i = scanTag(xml, i + 4, tag);
    if (i === -1) return -1;
    if (tag.selfClosing) continue;
    for (;;) {
      while (isAsciiSpace(xml.charCodeAt(i))) i++;
      if (xml.startsWith("</row>", i)) {
        i += 6;
        break;
      }
      // SheetJS splits cells at "<c " "<c/" "<c>" only.
      const afterC = xml.charCodeAt(i + 2);
      if (xml.charCodeAt(i) !== LT || xml.charCodeAt(i + 1) !== 99) return -1;
      if (afterC !== 32 && afterC !== SLASH && afterC !== 62) return -1;
      // <c r="…" s="…" t="…">
      i = scanTag(xml, i + 2, tag);
      if (i === -1 || tag.oddName) return -1;
      let refStart = -1;
      let refEnd = -1;
      let style = -1;
      let type = NO_TYPE;
      for (let a = 0; a < tag.count; a++) {
        const start = tag.nameStart[a];
        if (tag.nameEnd[a] - start !== 1) continue;
        const n = xml.charCodeAt(start);
        if (n === 114) {
          refStart = tag.valueStart[a];
          refEnd = tag.valueEnd[a];
        } else if (n === 115) {
          style = plainIndex(xml, tag.valueStart[a], tag.valueEnd[a]);
          if (style === -1) return -1;
        } else if (n === 116) {
          type = cellType(xml, tag.valueStart[a], tag.valueEnd[a]);
          if (type === UNKNOWN_TYPE) return -1;
        }
      }
      // The reference: 1–3 capitals, then a row number without leading zero.
      let col = 0;
      let k = refStart;
      for (let ch = xml.charCodeAt(k); ch >= 65 && ch <= 90 && k < refEnd; ch = xml.charCodeAt(++k))
        col = col * 26 + ch - 64;
      if (k === refStart || k - refStart > 3 || k === refEnd || xml.charCodeAt(k) === 48) return -1;
      let row = 0;
      for (; k < refEnd; k++) {
        const ch = xml.charCodeAt(k);
        if (ch < 48 || ch > 57) return -1;
        row = row * 10 + ch - 48;
      }
      row -= 1;
      col -= 1;
      if (row > 1048575 || col > 16383) return -1;
      if (row < lastRow || (row === lastRow && col <= lastCol)) return -1;

      // Its parts: <v>, <f>, <is>, in any order, once each.
      let vStart = -1;
      let vEnd = -1;
      let fStart = -1;
      let fTagEnd = -1;
      let fEnd = -1;
      let fSelfClosing = false;
      let isStart = -1;
      let isEnd = -1;
      if (!tag.selfClosing) {
        for (;;) {
          while (isAsciiSpace(xml.charCodeAt(i))) i++;
          if (xml.charCodeAt(i) !== LT) return -1;
          const c1 = xml.charCodeAt(i + 1);
          if (c1 === SLASH) {
            if (!xml.startsWith("</c>", i)) return -1;
            i += 4;
            break;
          }
          if (c1 === 118 && isTagEnd(xml.charCodeAt(i + 2))) {
            if (vStart !== -1) return -1;
            let start = i + 3;
            if (xml.charCodeAt(i + 2) !== 62) {
              start = scanTag(xml, i + 2, tag);
              if (start === -1 || tag.selfClosing) return -1;
            }
            const end = xml.indexOf("<", start);
            if (end === -1 || !xml.startsWith("</v>", end)) return -1;
            vStart = start;
            vEnd = end;
            i = end + 4;
          } else if (c1 === 102 && isTagEnd(xml.charCodeAt(i + 2))) {
            if (fStart !== -1) return -1;
            fStart = i;
            fTagEnd = scanTag(xml, i + 2, tag);
            if (fTagEnd === -1) return -1;
            fSelfClosing = tag.selfClosing;
            if (fSelfClosing) fEnd = fTagEnd;
            else {
              const end = xml.indexOf("<", fTagEnd);
              if (end === -1 || !xml.startsWith("</f>", end)) return -1;
              fEnd = end + 4;
            }
            i = fEnd;
          } else if (
            c1 === 105 &&
            xml.charCodeAt(i + 2) === 115 &&
            isTagEnd(xml.charCodeAt(i + 3))
          ) {
            if (isStart !== -1) return -1;
            const start = scanTag(xml, i + 3, tag);
            if (start === -1 || tag.selfClosing) return -1;
            const end = xml.indexOf("</is>", start);
            if (end === -1) return -1;
            isStart = start;
            isEnd = end;
            i = end + 5;
          } else return -1;
        }
      }
      if (isStart !== -1 && (fSelfClosing || INLINE_CLASH.test(xml.slice(isStart, isEnd))))
        return -1;

      // The formula, as SheetJS reads <f>: its text, or a shared formula moved to this cell.
      let formula: string | undefined;
      if (fStart !== -1) {
        const plainTag = fTagEnd - fStart === 3;
        const attrs = plainTag ? undefined : parseXmlTag(xml.slice(fStart, fTagEnd));
        const content = fSelfClosing ? "" : xml.slice(fTagEnd, fEnd - 4);
        const isShared = !plainTag && includesWithin(xml, 't="shared"', fStart, fEnd);
        if (content !== "") {
          formula = withoutXlfn(unescapeXml(content, true));
          if (!plainTag && includesWithin(xml, 't="array"', fStart, fEnd)) {
            // SheetJS fails on an array formula without its range.
            if (attrs?.ref === undefined) return -1;
          } else if (isShared) {
            const si = attrs?.si;
            if (si === undefined || !SHARED_INDEX.test(si) || /si\s*=/.test(content)) return -1;
            shared.set(si, { formula: withoutXlfn(unescapeXml(content)), row, col });
          }
        } else if (isShared || fSelfClosing) {
          const si = attrs?.si;
          if (si !== undefined && !SHARED_INDEX.test(si)) return -1;
          const base = si === undefined ? undefined : shared.get(si);
          if (base) {
            formula = shiftFormula(base.formula, base, { row, col });
            if (formula === undefined) return -1;
          }
        }
      }

      // The value, as SheetJS types it and sheetToGrid converts it.
      const hasV = vStart !== -1 && vStart !== vEnd;
      let value: Cell = null;
      if (type !== NO_TYPE || hasV) {
        switch (type) {
          case NO_TYPE:
          case NUMBER:
            if (hasV) {
              const number = numberAt(xml, vStart, vEnd);
              let z: string | undefined;
              let known: number;
              const s = style;
              if (s >= 0 && s < styleIsDate.length) {
                z = formats.byStyle[s];
                known = styleIsDate[s];
                if (known === 0)
                  known = styleIsDate[s] = z !== undefined && isDateFormat(z) ? 2 : 1;
              } else {
                z = formats.plain;
                known = plainIsDate;
                if (known === 0) known = plainIsDate = z !== undefined && isDateFormat(z) ? 2 : 1;
              }
              value = known === 2 ? { kind: "date", serial: number + serialOffset } : number;
            }
            break;
          case SHARED:
            if (hasV) {
              const index = plainIndex(xml, vStart, vEnd);
              if (strings === undefined || index < 0 || index >= strings.length) return -1;
              value = strings[index];
            }
            break;
          case STR:
            if (!hasV) value = "";
            else {
              const v = xml.slice(vStart, vEnd);
              // SheetJS unescapes twice with a UTF-8 decoding of bytes between: the same text
              // only when what the first pass makes is ASCII.
              const once = unescapeXml(v);
              if (once !== v && NON_ASCII.test(unescapeXml(v.replace(NON_ASCII_ALL, ""))))
                return -1;
              value = unescapeXml(once, true);
            }
            break;
          case INLINE: {
            if (isStart === -1) value = "";
            else {
              const text = stringItemText(xml.slice(isStart, isEnd));
              if (text === undefined) return -1;
              value = text;
            }
            break;
          }
          case BOOLEAN: {
            const text = hasV ? unescapeXml(xml.slice(vStart, vEnd)) : undefined;
            value = text === "1" || text === "true";
            break;
          }
          case ERROR: {
            const text = hasV ? unescapeXml(xml.slice(vStart, vEnd)) : undefined;
            value = { kind: "error", code: cellErrorCode(errorNumberOfText(text)) };
            break;
          }
          default:
            return -1;
        }
      }
      if (formula !== undefined) {
        if (isBooleanConstant(formula, value)) value = Boolean(value);
        else formulas[xml.slice(refStart, refEnd)] = formula;
      }

      if (row !== lastRow) {
        popTrailingNulls(current);
        while (rows.length < row) rows.push([]);
        current = [];
        rows.push(current);
        lastRow = row;
        lastCol = -1;
      }
      while (current.length < col) current.push(null);
      current.push(value);
      lastCol = col;
    }
  }
  popTrailingNulls(current);
  return i;
}

/**
 * The number in text[from, to) as SheetJS reads a value (parseFloat of the unescaped text);
 * plain integers are read without making a string.
 */
function numberAt(xml: string, from: number, to: number): number {
  let k = from;
  const negative = xml.charCodeAt(k) === 45;
  if (negative) k++;
  let n = 0;
  for (; k < to; k++) {
    const ch = xml.charCodeAt(k);
    if (ch < 48 || ch > 57) break;
    n = n * 10 + ch - 48;
  }
  if (k === to && to > from + (negative ? 1 : 0) && to - from <= 15) return negative ? -n : n;
  // Decimals and exponents need no unescaping either: only "&" and "_" start an escape.
  for (; k < to; k++) {
    const ch = xml.charCodeAt(k);
    if (ch === 38 || ch === 95) return parseFloat(unescapeXml(xml.slice(from, to)));
  }
  return parseFloat(xml.slice(from, to));
}

/**
 * A style or shared-string index in text[from, to): digits only, no leading zero (SheetJS looks
 * styles up by the text itself); -1 otherwise.
 */
function plainIndex(xml: string, from: number, to: number): number {
  if (to === from || to - from > 9 || (xml.charCodeAt(from) === 48 && to - from > 1)) return -1;
  let n = 0;
  for (let k = from; k < to; k++) {
    const ch = xml.charCodeAt(k);
    if (ch < 48 || ch > 57) return -1;
    n = n * 10 + ch - 48;
  }
  return n;
}

const NO_TYPE = 0;
const NUMBER = 1;
const SHARED = 2;
const STR = 3;
const INLINE = 4;
const BOOLEAN = 5;
const ERROR = 6;
const UNKNOWN_TYPE = 7;

/** The cell type in text[from, to): "" counts as "n", as SheetJS's `t || "n"`; ISO dates are unknown. */
function cellType(xml: string, from: number, to: number): number {
  const length = to - from;
  if (length === 0) return NUMBER;
  const c = xml.charCodeAt(from);
  if (length === 1) {
    if (c === 115) return SHARED;
    if (c === 110) return NUMBER;
    if (c === 98) return BOOLEAN;
    if (c === 101) return ERROR;
    return UNKNOWN_TYPE;
  }
  if (length === 3 && xml.startsWith("str", from)) return STR;
  if (length === 9 && xml.startsWith("inlineStr", from)) return INLINE;
  return UNKNOWN_TYPE;
}

function popTrailingNulls(row: Cell[]): void {
  while (row.length > 0 && row[row.length - 1] === null) row.pop();
}

function withoutXlfn(formula: string): string {
  return formula.indexOf("_xlfn.") === -1 ? formula : formula.replace(/_xlfn\./g, "");
}

function includesWithin(text: string, needle: string, start: number, end: number): boolean {
  // Bounded by `end`: indexOf would scan on to the end of the sheet when the needle is absent,
  // once per formula — quadratic in a sheet of thousands of shared formulas (8,000 groups: 22 s).
  const first = needle.charCodeAt(0);
  for (let i = start, last = end - needle.length; i <= last; i++)
    if (text.charCodeAt(i) === first && text.startsWith(needle, i)) return true;
  return false;
}

/** After an element name: whitespace, ">" or "/" (XML's \b for our purposes). */
function isTagEnd(c: number): boolean {
  return c === 62 || c === SLASH || isAsciiSpace(c);
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
