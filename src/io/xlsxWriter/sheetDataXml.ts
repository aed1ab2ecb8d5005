import { escapeXml } from "./escapeXml";
import { columnName, type ExcelRange } from "./excelRef";
import type { PlanCell } from "../../shared/model";
import { toFileFormula } from "../fileFormula";
import { hasCellValue, type SheetLayout } from "./layoutSheet";
import type { SharedStrings } from "./sharedStrings";
import type { StyleRegistry } from "./styleRegistry";

export interface SheetData {
  /** The `<sheetData>` element. */
  xml: string;
  /** ExcelJS's `<dimension>` reference. */
  dimension: string;
  /** Indices into the layout's merges, in the order ExcelJS lists them (first merged cell met). */
  mergeOrder: number[];
}

/** `" s="N"` for each cell format index, built once. */
const styleAttrs: string[] = ['"'];
/** Decimal text of shared string indices, built once. */
const indexTexts: string[] = [];

/**
 * The `<sheetData>` of a laid-out sheet as ExcelJS writes it: a row for each row holding cells or a
 * height, `spans` over every cell the row holds (even unwritten empty ones), cells without value or
 * format skipped, texts as shared strings, formulas with their cached result. Also gives the
 * dimension and merge order, which come from the same walk.
 *
 * Built as many small pieces joined once: a large appendix has a quarter of a million cells, and
 * concatenating them one by one would leave most of the time to the garbage collector.
 *
 * @example sheetDataXml(layoutSheet(sheet), styles, strings).xml // "<sheetData><row r=\"1\" …"
 */
export function sheetDataXml(
  layout: SheetLayout,
  styles: StyleRegistry,
  strings: SharedStrings,
): SheetData {
  const { rows, heights, merges } = layout;
  const out: string[] = [];
  const mergeOrder: number[] = [];
  const mergeSeen = new Uint8Array(merges.length);
  // ExcelJS's Range.expand on an empty range, whose getters read 0 as 1.
  const dim: ExcelRange = { top: 0, left: 0, bottom: 0, right: 0 };

  rows.forEach((cells, r) => {
    const height = heights[r];
    let min = 0;
    while (min < cells.length && cells[min] === undefined) min++;
    const max = cells.length - 1;
    if (!height && max < 0) return;
    expand(dim, r, max < 0 ? 0 : min, max < 0 ? 0 : max);
    const rowText = String(r);
    let head = `<row r="${rowText}"`;
    if (height) head += ` ht="${height}" customHeight="1"`;
    if (max > 0) head += ` spans="${min}:${max}"`;
    out.push(head, ' x14ac:dyDescent="0.25"');
    let open = false;
    for (let c = min; c <= max; c++) {
      const cell = cells[c];
      if (cell === undefined) continue;
      const s = cell.s ? styles.indexOf(cell.s) : 0;
      const merge = cell.merge;
      const hasValue = merge === undefined && hasCellValue(cell);
      if (!hasValue && !s && merge === undefined) continue;
      if (!open) {
        out.push(">");
        open = true;
      }
      out.push('<c r="', columnName(c), rowText, styleAttrs[s] ?? styleAttr(s));
      if (!hasValue) {
        if (merge !== undefined && !mergeSeen[merge]) {
          mergeSeen[merge] = 1;
          mergeOrder.push(merge);
        }
        out.push("/>");
      } else if (cell.f !== undefined) formulaXml(out, cell, strings);
      else valueXml(out, cell.v as string | number | boolean, strings);
    }
    out.push(open ? "</row>" : "/>");
  });

  return {
    xml: out.length ? `<sheetData>${out.join("")}</sheetData>` : "<sheetData/>",
    dimension: `${columnName(dim.left || 1)}${dim.top || 1}:${columnName(dim.right || 1)}${dim.bottom || 1}`,
    mergeOrder,
  };
}

function styleAttr(s: number): string {
  return (styleAttrs[s] = `" s="${s}"`);
}

function valueXml(out: string[], v: string | number | boolean, strings: SharedStrings): void {
  if (typeof v === "number") out.push("><v>", String(v), "</v></c>");
  else if (typeof v === "boolean") out.push(v ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
  else {
    const i = strings.add(v);
    out.push(' t="s"><v>', indexTexts[i] ?? (indexTexts[i] = String(i)), "</v></c>");
  }
}

/** A formula with its cached result: the plan value, unless null or "". */
function formulaXml(out: string[], cell: PlanCell, strings: SharedStrings): void {
  const formula = toFileFormula(cell.f as string);
  const result = cell.v === null || cell.v === "" ? undefined : cell.v;
  if (!formula) {
    // ExcelJS does not see `{ formula: "" }` as a formula and stores the object as JSON text.
    valueXml(
      out,
      JSON.stringify(result === undefined ? { formula } : { formula, result }),
      strings,
    );
    return;
  }
  const f = escapeXml(formula);
  if (result === undefined) out.push("><f>", f, "</f></c>");
  else if (typeof result === "string") {
    out.push(' t="str"><f>', f, "</f><v>", escapeXml(result), "</v></c>");
  } else if (typeof result === "boolean") {
    out.push(' t="b"><f>', f, result ? "</f><v>1</v></c>" : "</f><v>0</v></c>");
  } else out.push("><f>", f, "</f><v>", String(result), "</v></c>");
}

/** ExcelJS's Range.expand, whose getters read an unset (0) side as 1. */
function expand(d: ExcelRange, row: number, min: number, max: number): void {
  if (!d.top || row < (d.top || 1)) d.top = row;
  if (!d.left || min < (d.left || 1)) d.left = min;
  if (!d.bottom || row > (d.bottom || 1)) d.bottom = row;
  if (!d.right || max > (d.right || 1)) d.right = max;
}
