import { PRINT_HEADER, PRINT_MARGINS_MM, type PlanPrint } from "../../shared/model";
import { columnLetters } from "../../shared/a1/a1";

const POINTS_PER_MM = 72 / 25.4;

/**
 * Queues a plan sheet's page setup on a worksheet (Excel JavaScript API `PageLayout` and
 * `PageBreakCollection`, ExcelApi 1.9: https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout):
 * A4 in black and white with the official margins (points), the page number in the header, the
 * print area and titles, and the column page breaks.
 *
 * @example applyPrintLayout(ws, { landscape: true, fitToWidth: false, repeatRows: { first: 6, last: 7 } })
 */
export function applyPrintLayout(ws: Excel.Worksheet, print: PlanPrint): void {
  const layout = ws.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = print.landscape ? "Landscape" : "Portrait";
  layout.blackAndWhite = true;
  layout.centerHorizontally = true;
  layout.topMargin = PRINT_MARGINS_MM.top * POINTS_PER_MM;
  layout.bottomMargin = PRINT_MARGINS_MM.bottom * POINTS_PER_MM;
  layout.leftMargin = PRINT_MARGINS_MM.left * POINTS_PER_MM;
  layout.rightMargin = PRINT_MARGINS_MM.right * POINTS_PER_MM;
  layout.headerMargin = PRINT_MARGINS_MM.header * POINTS_PER_MM;
  layout.footerMargin = PRINT_MARGINS_MM.footer * POINTS_PER_MM;
  layout.zoom = print.fitToWidth
    ? { horizontalFitToPages: 1, verticalFitToPages: 0 }
    : { scale: 100 };
  // The page number, centred in the top margin: the header's centre part of PRINT_HEADER.
  layout.headersFooters.defaultForAllPages.centerHeader = PRINT_HEADER.slice(2);
  if (print.area) layout.setPrintArea(print.area);
  if (print.repeatRows)
    layout.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
  if (print.repeatCols) {
    const { first, last } = print.repeatCols;
    layout.setPrintTitleColumns(`$${columnLetters(first)}:$${columnLetters(last)}`);
  }
  for (const col of print.colBreaks ?? []) ws.verticalPageBreaks.add(`${columnLetters(col)}1`);
}
