import { PRINT_HEADER, PRINT_MARGINS_MM, type PlanSheet } from "../../shared/model";
import { argb } from "../toExcelStyle";
import { dataValidationsXml } from "./dataValidationsXml";
import { escapeXml } from "./escapeXml";
import { columnName, rangeText } from "./excelRef";
import { layoutSheet } from "./layoutSheet";
import { sheetDataXml } from "./sheetDataXml";
import type { SharedStrings } from "./sharedStrings";
import type { StyleRegistry } from "./styleRegistry";

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">';
const FORMAT_PR =
  '<sheetFormatPr defaultRowHeight="15.75" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>';
const PROTECTION = '<sheetProtection sheet="1" formatColumns="0" formatRows="0"/>';
const inches = (mm: number) => Math.round((mm / 25.4) * 10000) / 10000;
/** The official margins (`PRINT_MARGINS_MM`), in the inches OOXML counts in. */
const MARGINS = `<pageMargins left="${inches(PRINT_MARGINS_MM.left)}" right="${inches(PRINT_MARGINS_MM.right)}" top="${inches(PRINT_MARGINS_MM.top)}" bottom="${inches(PRINT_MARGINS_MM.bottom)}" header="${inches(PRINT_MARGINS_MM.header)}" footer="${inches(PRINT_MARGINS_MM.footer)}"/>`;
/** Excel's width of a column without its own width; ExcelJS writes no `<col>` for it. */
const DEFAULT_COLUMN_WIDTH = 9;

const UTF8 = new TextEncoder();

/**
 * xl/worksheets/sheetN.xml for a plan sheet, as the ExcelJS writer produces it, in UTF-8. Text
 * cells add their text to `strings` and styled cells their style to `styles`, in writing order,
 * so calling this sheet after sheet numbers both as ExcelJS does.
 *
 * @example new TextDecoder().decode(worksheetPart(plan.sheets[0], styles, strings)) // '<?xml …?>\n<worksheet …>…</worksheet>'
 */
export function worksheetPart(
  sheet: PlanSheet,
  styles: StyleRegistry,
  strings: SharedStrings,
): Uint8Array {
  const layout = layoutSheet(sheet);
  const { bytes, dimension, mergeOrder } = sheetDataXml(layout, styles, strings);
  const head = UTF8.encode(
    HEAD +
      sheetPr(sheet) +
      `<dimension ref="${dimension}"/>` +
      `<sheetViews>${sheetView(sheet)}</sheetViews>` +
      FORMAT_PR +
      colsXml(sheet.columnWidths),
  );
  const tail = UTF8.encode(
    (sheet.protect ? PROTECTION : "") +
      (mergeOrder.length
        ? `<mergeCells count="${mergeOrder.length}">${mergeOrder.map((i) => `<mergeCell ref="${rangeText(layout.merges[i])}"/>`).join("")}</mergeCells>`
        : "") +
      dataValidationsXml(sheet.validations) +
      (sheet.print ? '<printOptions horizontalCentered="1"/>' : "") +
      MARGINS +
      pageSetup(sheet) +
      headerFooter(sheet) +
      colBreaks(sheet) +
      "</worksheet>",
  );
  const part = new Uint8Array(head.length + bytes.length + tail.length);
  part.set(head);
  part.set(bytes, head.length);
  part.set(tail, head.length + bytes.length);
  return part;
}

function sheetPr(sheet: PlanSheet): string {
  const tab = sheet.tabColor ? `<tabColor rgb="${escapeXml(argb(sheet.tabColor))}"/>` : "";
  const fit = sheet.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : "";
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : "";
}

function sheetView(sheet: PlanSheet): string {
  if (!sheet.freeze) return '<sheetView workbookViewId="0"/>';
  const { cols: x, rows: y } = sheet.freeze;
  const pane = x && y ? "bottomRight" : x ? "topRight" : "bottomLeft";
  const topLeft = columnName((x || 0) + 1) + ((y || 0) + 1);
  const split = (x ? ` xSplit="${x}"` : "") + (y ? ` ySplit="${y}"` : "");
  return `<sheetView workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView>`;
}

/** Adjacent columns of the same width share one `<col>`, as ExcelJS condenses them. */
function colsXml(widths: number[]): string {
  let out = "";
  let run: { min: number; max: number; width: number } | undefined;
  const flush = () => {
    if (run) out += `<col min="${run.min}" max="${run.max}" width="${run.width}" customWidth="1"/>`;
    run = undefined;
  };
  // An index loop, not forEach: a hole in the array is a default column and ends a run too.
  for (let i = 0; i < widths.length; i++) {
    const w = widths[i];
    if (!(w > 0) || w === DEFAULT_COLUMN_WIDTH) flush();
    else if (run && run.width === w) run.max = i + 1;
    else {
      flush();
      run = { min: i + 1, max: i + 1, width: w };
    }
  }
  flush();
  return out ? `<cols>${out}</cols>` : "";
}

/**
 * A4 (paperSize 9), the orientation, and black and white so screen shading does not print as grey
 * blocks (ECMA-376 Part 1, 18.3.1.63 pageSetup). `fitToHeight="0"` with fitToPage lets the pages
 * run on downwards while the columns fit the width.
 */
function pageSetup(sheet: PlanSheet): string {
  const p = sheet.print;
  const paper = p ? ' paperSize="9"' : "";
  const orientation = p?.landscape ? "landscape" : "portrait";
  const fitToHeight = p?.fitToWidth ? 0 : 1;
  const bw = p ? ' blackAndWhite="1"' : "";
  return `<pageSetup${paper} orientation="${orientation}" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="${fitToHeight}"${bw}/>`;
}

/** The page number in the top margin of every printed page (18.3.1.46 headerFooter). */
function headerFooter(sheet: PlanSheet): string {
  return sheet.print
    ? `<headerFooter><oddHeader>${escapeXml(PRINT_HEADER)}</oddHeader></headerFooter>`
    : "";
}

/** Manual column page breaks, so a wide table splits between whole groups (18.3.1.14). */
function colBreaks(sheet: PlanSheet): string {
  const breaks = sheet.print?.colBreaks ?? [];
  if (!breaks.length) return "";
  const brk = breaks.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join("");
  return `<colBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${brk}</colBreaks>`;
}
