import type { PlanSheet } from "../../shared/model";
import { argb } from "../toExcelStyle";
import { dataValidationsXml } from "./dataValidationsXml";
import { escapeXml } from "./escapeXml";
import { columnName, rangeText } from "./excelRef";
import { CellKind, layoutSheet, type LaidCell } from "./layoutSheet";
import type { SharedStrings } from "./sharedStrings";
import type { StyleRegistry } from "./styleRegistry";

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">';
const FORMAT_PR =
  '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>';
const PROTECTION = '<sheetProtection sheet="1" formatColumns="0" formatRows="0"/>';
const MARGINS =
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
/** Excel's width of a column without its own width; ExcelJS writes no `<col>` for it. */
const DEFAULT_COLUMN_WIDTH = 9;

/**
 * xl/worksheets/sheetN.xml for a plan sheet, as the ExcelJS writer produces it. Text cells add
 * their text to `strings` and styled cells their style to `styles`, in writing order, so calling
 * this sheet after sheet numbers both as ExcelJS does.
 *
 * @example worksheetPart(plan.sheets[0], styles, strings) // '<?xml …?>\n<worksheet …>…</worksheet>'
 */
export function worksheetPart(
  sheet: PlanSheet,
  styles: StyleRegistry,
  strings: SharedStrings,
): string {
  const { rows, heights, merges } = layoutSheet(sheet);
  const data: string[] = [];
  const mergeOrder: number[] = [];
  const mergeSeen = new Uint8Array(merges.length);
  // ExcelJS's Range.expand on an empty range, whose getters read 0 as 1.
  const dim = { top: 0, left: 0, bottom: 0, right: 0 };
  const expand = (row: number, min: number, max: number) => {
    if (!dim.top || row < (dim.top || 1)) dim.top = row;
    if (!dim.left || min < (dim.left || 1)) dim.left = min;
    if (!dim.bottom || row > (dim.bottom || 1)) dim.bottom = row;
    if (!dim.right || max > (dim.right || 1)) dim.right = max;
  };

  rows.forEach((cells, r) => {
    const height = heights[r];
    let min = 0;
    let max = 0;
    let body = "";
    cells.forEach((cell, c) => {
      if (!min) min = c;
      max = c;
      const s = styles.indexOf(cell.style);
      if (cell.kind === CellKind.Merged && !mergeSeen[cell.merge as number]) {
        mergeSeen[cell.merge as number] = 1;
        mergeOrder.push(cell.merge as number);
      }
      body += cellXml(cell, columnName(c) + r, s, strings);
    });
    if (!height && !max) return;
    expand(r, min, max);
    let row = `<row r="${r}"`;
    if (height) row += ` ht="${height}" customHeight="1"`;
    if (min > 0 && max > 0) row += ` spans="${min}:${max}"`;
    row += ' x14ac:dyDescent="0.25"';
    data.push(body ? `${row}>${body}</row>` : `${row}/>`);
  });

  const dimension = `${columnName(dim.left || 1)}${dim.top || 1}:${columnName(dim.right || 1)}${dim.bottom || 1}`;
  return [
    HEAD,
    sheetPr(sheet),
    `<dimension ref="${dimension}"/>`,
    `<sheetViews>${sheetView(sheet)}</sheetViews>`,
    FORMAT_PR,
    colsXml(sheet.columnWidths),
    data.length ? `<sheetData>${data.join("")}</sheetData>` : "<sheetData/>",
    sheet.protect ? PROTECTION : "",
    mergeOrder.length
      ? `<mergeCells count="${mergeOrder.length}">${mergeOrder.map((i) => `<mergeCell ref="${rangeText(merges[i])}"/>`).join("")}</mergeCells>`
      : "",
    dataValidationsXml(sheet.validations),
    MARGINS,
    pageSetup(sheet),
    "</worksheet>",
  ].join("");
}

function cellXml(cell: LaidCell, ref: string, s: number, strings: SharedStrings): string {
  const open = s ? `<c r="${ref}" s="${s}"` : `<c r="${ref}"`;
  switch (cell.kind) {
    case CellKind.Empty:
      return s ? `${open}/>` : "";
    case CellKind.Merged:
      return `${open}/>`;
    case CellKind.Number:
      return `${open}><v>${cell.value}</v></c>`;
    case CellKind.Boolean:
      return `${open} t="b"><v>${cell.value ? "1" : "0"}</v></c>`;
    case CellKind.Text:
      return `${open} t="s"><v>${strings.add(cell.value as string)}</v></c>`;
    case CellKind.Formula: {
      const f = `<f>${escapeXml(cell.formula as string)}</f>`;
      const v = cell.value;
      if (v === undefined) return `${open}>${f}</c>`;
      if (typeof v === "string") return `${open} t="str">${f}<v>${escapeXml(v)}</v></c>`;
      if (typeof v === "boolean") return `${open} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
      return `${open}>${f}<v>${v}</v></c>`;
    }
  }
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

function pageSetup(sheet: PlanSheet): string {
  const p = sheet.print;
  const paper = p ? ' paperSize="9"' : "";
  const orientation = p?.landscape ? "landscape" : "portrait";
  const fitToHeight = p?.fitToWidth ? 0 : 1;
  return `<pageSetup${paper} orientation="${orientation}" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="${fitToHeight}"/>`;
}
