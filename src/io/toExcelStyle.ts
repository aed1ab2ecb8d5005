import type { Style } from "exceljs";
import { DOCUMENT_FONT, type PlanStyle } from "../shared/model";

/**
 * The font every styled cell starts from. A font element without name and size renders
 * differently across Excel, LibreOffice and Numbers, so a plan's partial font is completed here.
 */
const BASE_FONT = { name: DOCUMENT_FONT.name, size: DOCUMENT_FONT.size, family: 1 } as const;

const THIN = { style: "thin" } as const;

/**
 * Turns a named plan style into an ExcelJS style object. The writer builds one per style name and
 * shares it between cells, so a 60,000-cell workbook does not allocate 60,000 style objects.
 *
 * @example toExcelStyle({ font: { bold: true }, fill: "DDEBF7" }).fill
 *   → { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } }
 */
export function toExcelStyle(style: PlanStyle): Partial<Style> {
  const out: Partial<Style> = {};
  if (style.font) {
    const { name, bold, italic, size, color } = style.font;
    out.font = {
      ...BASE_FONT,
      ...(name ? { name } : {}),
      ...(bold ? { bold: true } : {}),
      ...(italic ? { italic: true } : {}),
      ...(size !== undefined ? { size } : {}),
      ...(color ? { color: { argb: argb(color) } } : {}),
    };
  }
  if (style.fill)
    out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.numberFormat) out.numFmt = style.numberFormat;
  if (style.align) {
    const { horizontal, vertical, wrap } = style.align;
    out.alignment = {
      ...(horizontal ? { horizontal } : {}),
      ...(vertical ? { vertical } : {}),
      ...(wrap ? { wrapText: true } : {}),
    };
  }
  if (style.border === "thin") out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.locked === false) out.protection = { locked: false };
  return out;
}

/** "ddebf7" or "#DDEBF7" → "FFDDEBF7" (opaque ARGB as OOXML wants it). */
export function argb(rgb: string): string {
  return `FF${rgb.replace(/^#/, "").toUpperCase()}`;
}
