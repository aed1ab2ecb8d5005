import type { PlanStyle } from "../../shared/model";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

/**
 * Queues the formatting of a plan style (number formats excepted: they travel with the values)
 * on a range or range areas. Returns the number of calls queued, for the payload estimate.
 *
 * @example applyStyle(sheet.getRanges("A1:F1,A9:F9").format, PLAN_STYLES.header) // fill, bold, alignment, borders
 */
export function applyStyle(format: Excel.RangeFormat, style: PlanStyle): number {
  let calls = 0;
  if (style.fill) {
    format.fill.color = `#${style.fill}`;
    calls++;
  }
  const font = style.font;
  if (font?.name !== undefined) {
    format.font.name = font.name;
    calls++;
  }
  if (font?.bold !== undefined) {
    format.font.bold = font.bold;
    calls++;
  }
  if (font?.italic !== undefined) {
    format.font.italic = font.italic;
    calls++;
  }
  if (font?.size !== undefined) {
    format.font.size = font.size;
    calls++;
  }
  if (font?.color !== undefined) {
    format.font.color = `#${font.color}`;
    calls++;
  }
  if (style.align?.horizontal) {
    format.horizontalAlignment = HORIZONTAL[style.align.horizontal];
    calls++;
  }
  if (style.align?.vertical) {
    format.verticalAlignment = VERTICAL[style.align.vertical];
    calls++;
  }
  if (style.align?.wrap !== undefined) {
    format.wrapText = style.align.wrap;
    calls++;
  }
  if (style.border === "thin") {
    for (const edge of EDGES) {
      format.borders.getItem(edge).style = "Continuous";
      calls += 2;
    }
  }
  if (style.locked === false) {
    format.protection.locked = false;
    calls++;
  }
  return calls;
}

/** Whether a style sets anything `applyStyle` writes. */
export function hasDirectFormat(style: PlanStyle | undefined): boolean {
  if (!style) return false;
  return !!(style.fill || style.font || style.align || style.border || style.locked === false);
}
