/** Our own .xlsx writer: WorkbookPlan → the bytes the ExcelJS writer gives, without ExcelJS. */
export { writeXlsx } from "./writeXlsx";
export { xlsxEntries, xlsxParts } from "./xlsxEntries";
