import type { Style } from "exceljs";
import type { PlanStyle } from "../../shared/model";
import { toExcelStyle } from "../toExcelStyle";
import { escapeXml } from "./escapeXml";

/** The cell formats of a workbook, numbered in order of first use as ExcelJS numbers them. */
export interface StyleRegistry {
  /** cellXfs index of a plan style name (0, the default format, for no style). */
  indexOf(name: string | undefined): number;
  readonly numFmts: string[];
  readonly fonts: string[];
  readonly fills: string[];
  readonly borders: string[];
  readonly xfs: string[];
}

/** Excel's built-in number formats: ExcelJS refers to these by id instead of declaring them. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "# ?/?": 12,
  "# ??/??": 13,
  "mm-dd-yy": 14,
  "d-mmm-yy": 15,
  "d-mmm": 16,
  "mmm-yy": 17,
  "h:mm AM/PM": 18,
  "h:mm:ss AM/PM": 19,
  "h:mm": 20,
  "h:mm:ss": 21,
  'm/d/yy "h":mm': 22,
  "#,##0 ;(#,##0)": 37,
  "#,##0 ;[Red](#,##0)": 38,
  "#,##0.00 ;(#,##0.00)": 39,
  "#,##0.00 ;[Red](#,##0.00)": 40,
  "mm:ss": 45,
  "[h]:mm:ss": 46,
  "mmss.0": 47,
  "##0.0E+0": 48,
  "@": 49,
};
const FIRST_CUSTOM_FORMAT = 164;

/**
 * The workbook's Normal font: Times New Roman 12, the typeface of Party and state documents, with
 * no theme scheme (a `scheme="minor"` font follows the theme's Calibri whatever its name says).
 */
const DEFAULT_FONT =
  '<font><color theme="1"/><family val="1"/><sz val="12"/><name val="Times New Roman"/></font>';
const DEFAULT_FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
];
const DEFAULT_BORDER = "<border><left/><right/><top/><bottom/><diagonal/></border>";
const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';

/**
 * A registry for the plan's styles: each name is turned into its ExcelJS style once
 * (`toExcelStyle`, shared with the ExcelJS writer) and into the same XML ExcelJS would write;
 * fonts, fills, borders, number formats and cell formats are deduplicated by that XML.
 *
 * @example createStyleRegistry({ h: { font: { bold: true } } }).indexOf("h") === 1
 */
export function createStyleRegistry(styles: Record<string, PlanStyle>): StyleRegistry {
  const numFmts: string[] = [];
  const fonts = [DEFAULT_FONT];
  const fills = [...DEFAULT_FILLS];
  const borders = [DEFAULT_BORDER];
  const xfs = [DEFAULT_XF];
  const formatIds = new Map<string, number>();
  const seen = new Map<string, number>([
    [`font${DEFAULT_FONT}`, 0],
    [`fill${DEFAULT_FILLS[0]}`, 0],
    [`fill${DEFAULT_FILLS[1]}`, 1],
    [`border${DEFAULT_BORDER}`, 0],
    [`xf${DEFAULT_XF}`, 0],
  ]);
  const byName = new Map<string, number>();

  const add = (kind: string, list: string[], xml: string): number => {
    const key = kind + xml;
    let i = seen.get(key);
    if (i === undefined) {
      i = list.length;
      list.push(xml);
      seen.set(key, i);
    }
    return i;
  };

  const formatId = (code: string): number => {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = formatIds.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + numFmts.length;
      formatIds.set(code, id);
      numFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  };

  const register = (style: Partial<Style>): number => {
    // Same order of additions as ExcelJS's StylesXform.addStyleModel.
    const numFmtId = style.numFmt ? formatId(style.numFmt) : 0;
    const fontId = style.font ? add("font", fonts, fontXml(style.font)) : 0;
    const borderId = style.border ? add("border", borders, borderXml(style.border)) : 0;
    const fillId = style.fill ? add("fill", fills, fillXml(style.fill)) : 0;
    let xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) xf += ' applyNumberFormat="1"';
    if (fontId) xf += ' applyFont="1"';
    if (fillId) xf += ' applyFill="1"';
    if (borderId) xf += ' applyBorder="1"';
    if (style.alignment) xf += ' applyAlignment="1"';
    if (style.protection) xf += ' applyProtection="1"';
    const children =
      (style.alignment ? alignmentXml(style.alignment) : "") +
      (style.protection && style.protection.locked === false ? '<protection locked="0"/>' : "");
    xf += children ? `>${children}</xf>` : "/>";
    return add("xf", xfs, xf);
  };

  return {
    indexOf(name) {
      if (name === undefined) return 0;
      let i = byName.get(name);
      if (i === undefined) {
        const planStyle = styles[name];
        if (!planStyle) throw new Error(`Plan style "${name}" is not defined`);
        i = register(toExcelStyle(planStyle));
        byName.set(name, i);
      }
      return i;
    },
    numFmts,
    fonts,
    fills,
    borders,
    xfs,
  };
}

function fontXml(font: NonNullable<Style["font"]>): string {
  // ExcelJS's FontXform order: b, i, u, charset, color, condense, extend, family, outline,
  // vertAlign, scheme, shadow, strike, sz, name.
  let xml = "<font>";
  if (font.bold) xml += "<b/>";
  if (font.italic) xml += "<i/>";
  if (font.color?.argb) xml += `<color rgb="${escapeXml(font.color.argb)}"/>`;
  if (font.family) xml += `<family val="${font.family}"/>`;
  if (font.size) xml += `<sz val="${escapeXml(String(font.size))}"/>`;
  if (font.name !== undefined) xml += `<name val="${escapeXml(font.name)}"/>`;
  return `${xml}</font>`;
}

function fillXml(fill: NonNullable<Style["fill"]>): string {
  const argb = fill.type === "pattern" ? fill.fgColor?.argb : undefined;
  return `<fill><patternFill patternType="solid"><fgColor rgb="${escapeXml(argb ?? "")}"/></patternFill></fill>`;
}

function borderXml(border: NonNullable<Style["border"]>): string {
  const edge = (tag: string, side: Partial<{ style: string }> | undefined) =>
    side?.style ? `<${tag} style="${side.style}"/>` : `<${tag}/>`;
  return `<border>${edge("left", border.left)}${edge("right", border.right)}${edge("top", border.top)}${edge("bottom", border.bottom)}<diagonal/></border>`;
}

const HORIZONTAL = new Set([
  "left",
  "center",
  "right",
  "fill",
  "centerContinuous",
  "distributed",
  "justify",
]);
const VERTICAL = new Set(["top", "bottom", "distributed", "justify"]);

function alignmentXml(a: NonNullable<Style["alignment"]>): string {
  let attrs = "";
  if (a.horizontal && HORIZONTAL.has(a.horizontal)) attrs += ` horizontal="${a.horizontal}"`;
  if (a.vertical === "middle") attrs += ' vertical="center"';
  else if (a.vertical && VERTICAL.has(a.vertical)) attrs += ` vertical="${a.vertical}"`;
  if (a.wrapText) attrs += ' wrapText="1"';
  return attrs ? `<alignment${attrs}/>` : "";
}

/**
 * xl/styles.xml for the registry, with the fixed parts ExcelJS always writes (one cell style
 * "Normal", no dxfs, the default table styles and the slicer/timeline extension list).
 *
 * @example stylesPart(createStyleRegistry({})) // the styles of a workbook without formatting
 */
export function stylesPart(r: StyleRegistry): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">',
    r.numFmts.length ? `<numFmts count="${r.numFmts.length}">${r.numFmts.join("")}</numFmts>` : "",
    `<fonts count="${r.fonts.length}" x14ac:knownFonts="1">${r.fonts.join("")}</fonts>`,
    `<fills count="${r.fills.length}">${r.fills.join("")}</fills>`,
    `<borders count="${r.borders.length}">${r.borders.join("")}</borders>`,
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
    `<cellXfs count="${r.xfs.length}">${r.xfs.join("")}</cellXfs>`,
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
    '<dxfs count="0"/>',
    '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>',
    '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext><ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst>',
    "</styleSheet>",
  ].join("");
}
