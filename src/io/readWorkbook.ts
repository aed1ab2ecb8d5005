import type * as XLSX from "@e965/xlsx";
import type { Grid, SourceWorkbook } from "../shared/model";
import { csvFieldToCell } from "./csvFieldToCell";
import { decodeText } from "./decodeText";
import { detectSeparator } from "./detectSeparator";
import { odsFormulaToA1 } from "./odsFormulaToA1";
import { odsHiddenSheets } from "./odsSheetStates";
import { parseCsv } from "./parseCsv";
import {
  checkWorkbookFile,
  DEFAULT_READ_LIMITS,
  type CheckedFile,
  type ReadLimits,
} from "./readLimits";
import { isDateFormat } from "../shared/text/isDateFormat";
import { cellCounter, readXlsxGrids } from "./readXlsxGrids";
import { loadSheetJs } from "./sheetJs";
import { sheetToGrid } from "./sheetToGrid";
import { WorkbookReadError } from "./workbookReadError";
import type { ZipCodec } from "./zipCodec";

/**
 * Only what Grids need: raw values, number formats (to tell dates), formulas, merges, sheet
 * states. No styles, HTML, formatted text or JS Dates (which would shift with the time zone).
 * Stubs are kept because a formula cell without a cached value is otherwise dropped with its
 * formula (measured: no cost on template-sized files).
 */
const PARSE_OPTIONS: XLSX.ParsingOptions = {
  type: "array",
  dense: true,
  cellFormula: true,
  cellNF: true,
  cellDates: false,
  cellHTML: false,
  cellText: false,
  cellStyles: false,
  sheetStubs: true,
  bookVBA: false,
  bookDeps: false,
  WTF: false,
};

const SHEET_STATES = ["visible", "hidden", "veryHidden"] as const;

/**
 * Reads a workbook file (.xlsx, .xlsm, .xls, .ods, .csv — told apart by content, not by name)
 * into Grids, after checking it against the safety limits. Throws WorkbookReadError with a
 * clear Vietnamese and English message when the file cannot or should not be read.
 * Browser-safe: no Node modules (the CLI passes Node's zlib as `codec`); `sha256` is left for
 * the caller. `checked`: what checkWorkbookFile gave for these bytes and limits, when the
 * caller has done that step already (the CLI does it on its helper thread).
 *
 * @example readWorkbook(new Uint8Array(await file.arrayBuffer()), file.name).sheets[0].rows[0][0]
 */
export function readWorkbook(
  bytes: Uint8Array,
  fileName: string,
  limits?: ReadLimits,
  codec?: ZipCodec,
  checked?: CheckedFile,
): SourceWorkbook {
  const bounds = { ...DEFAULT_READ_LIMITS, ...limits };
  const file = checked ?? checkWorkbookFile(bytes, fileName, bounds, codec);
  // Ordinary .xlsx files (all of ours) are read ≈ 10× faster by our own reader, which gives the
  // same Grids or declines; SheetJS reads the rest.
  const own = readXlsxGrids(bytes, fileName, file, bounds.maxCells);
  if (own) return { fileName, sheets: own, format: "xlsx" };
  const count = cellCounter(fileName, bounds.maxCells);
  if (file.kind === "csv")
    return { fileName, sheets: [csvGrid(bytes, fileName, count)], format: "csv" };

  const wb = parseQuietly(bytes, fileName);
  const hiddenOds = file.kind === "ods" ? odsHiddenSheets(bytes) : undefined;
  const formulaText = file.kind === "ods" ? odsFormulaToA1 : undefined;
  const serialOffset = wb.Workbook?.WBProps?.date1904 ? 1462 : 0;
  const sheets = wb.SheetNames.map((name, i): Grid => {
    const hidden = wb.Workbook?.Sheets?.[i]?.Hidden ?? (hiddenOds?.has(name) ? 1 : 0);
    const state = SHEET_STATES[hidden] ?? "visible";
    const ws = wb.Sheets[name];
    // A damaged .xls can list a sheet whose records SheetJS could not find.
    if (!ws) throw new WorkbookReadError("corrupt", fileName, `sheet '${name}'`);
    try {
      return sheetToGrid(name, ws, state, { isDateFormat, serialOffset, count, formulaText });
    } catch (err) {
      if (err instanceof WorkbookReadError) throw err;
      throw new WorkbookReadError("corrupt", fileName, `sheet '${name}'`);
    }
  });
  return {
    fileName,
    sheets,
    format: file.kind === "xls" || file.kind === "ods" ? file.kind : "xlsx",
  };
}

/** SheetJS prints "ODS number format may be incorrect" for harmless ODS formats: keep it quiet. */
function parseQuietly(bytes: Uint8Array, fileName: string): XLSX.WorkBook {
  const { read } = loadSheetJs();
  const { error, warn } = console;
  console.error = () => {};
  console.warn = () => {};
  try {
    return read(bytes, PARSE_OPTIONS);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    const text = err instanceof Error ? err.message : String(err);
    const reason = /password|encrypt/i.test(text) ? "encrypted" : "corrupt";
    throw new WorkbookReadError(
      reason,
      fileName,
      reason === "corrupt" ? text.slice(0, 120) : undefined,
    );
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

/** A CSV file is one sheet named after the file, as Excel shows it. */
function csvGrid(bytes: Uint8Array, fileName: string, count: (n: number) => void): Grid {
  const text = decodeText(bytes);
  const sep = detectSeparator(text);
  const rows = parseCsv(text, sep).map((fields) => {
    const row = fields.map((f) => csvFieldToCell(f, sep));
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });
  count(rows.reduce((n, r) => n + r.length + 1, 0));
  return {
    name: fileName.replace(/\.[^.]*$/, ""),
    rows,
    merges: [],
    formulas: {},
    state: "visible",
  };
}
