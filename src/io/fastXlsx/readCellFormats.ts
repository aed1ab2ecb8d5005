import { matchXmlElement } from "./matchXmlElement";
import { parseXmlTag, tagName, XML_TAG } from "./parseXmlTag";
import { unescapeXml } from "./unescapeXml";

/**
 * SheetJS's table of built-in number formats (SSF_init_table), which every read starts from:
 * the format text a cell's `z` gets for a built-in id. Ids missing here (5–8, 23–36, 41–44,
 * 50–55, 57+ unless the file defines them) give no `z`, hence never a date.
 */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "m/d/yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  56: '"上午/下午 "hh"時"mm"分"ss"秒 "',
};

/** Formats SheetJS repairs when loading them (Google Sheets writes "d.m"). */
const REPAIRED: Readonly<Record<string, string>> = { "d.m": "d\\.m" };

/** Highest id SheetJS stores as is; it moves larger ones around, which we do not reproduce. */
const MAX_FORMAT_ID = 0x188;

const DIGITS = /^\d+$/;

export interface CellFormats {
  /** `z` for cells with style index i: the number format text, or undefined (SheetJS's gap). */
  byStyle: (string | undefined)[];
  /** `z` for cells without a style, or whose style does not exist or names no format. */
  plain: string | undefined;
}

/**
 * The number format each cell style (`s`, an index into cellXfs) gives a cell, as SheetJS's
 * parse_sty_xml and safe_format work it out: built-in table, then the file's numFmts; undefined
 * when the styles part holds what we do not reproduce (comments, ids above 392, broken numbers).
 *
 * @example readCellFormats(stylesXml)?.byStyle[8] === "dd/mm/yyyy"
 */
export function readCellFormats(xml: string): CellFormats | undefined {
  if (xml.indexOf("<!") !== -1) return undefined;
  const table: Record<number, unknown> = { ...BUILT_IN_FORMATS };
  const numFmts = matchXmlElement(xml, "numFmts");
  if (numFmts) {
    for (const [tag] of numFmts[0].matchAll(XML_TAG)) {
      const y = parseXmlTag(tag);
      if (tagName(y) !== "<numFmt") continue;
      if (y.formatCode === undefined || !DIGITS.test(y.numFmtId ?? "")) return undefined;
      const id = parseInt(y.numFmtId, 10);
      if (id > MAX_FORMAT_ID) return undefined;
      const code = unescapeXml(y.formatCode);
      // Id 0 is never loaded; a format named like an Object method loads that method.
      if (id > 0) table[id] = (REPAIRED as Record<string, unknown>)[code] || code;
    }
  }
  const plain = formatText(table[0]);
  const cellXfs = matchXmlElement(xml, "cellXfs");
  if (!cellXfs) return { byStyle: [], plain };
  const byStyle: (string | undefined)[] = [];
  for (const [tag] of cellXfs[0].matchAll(XML_TAG)) {
    const y = parseXmlTag(tag);
    const name = tagName(y);
    if (name !== "<xf" && name !== "<xf/>" && name !== "<xf>") continue;
    const id = y.numFmtId;
    if (id === undefined) byStyle.push(plain);
    else if (!DIGITS.test(id) || parseInt(id, 10) > MAX_FORMAT_ID) return undefined;
    else byStyle.push(formatText(table[parseInt(id, 10)]));
  }
  return { byStyle, plain };
}

/** Only format texts are tested for dates (sheetToGrid checks `typeof z === "string"`). */
function formatText(z: unknown): string | undefined {
  return typeof z === "string" ? z : undefined;
}
