import * as XLSX from "@e965/xlsx";

/**
 * SheetJS, for the files our own reader declines (.xls, .ods, unusual .xlsx). The CLI's bundle
 * swaps in `sheetJs.node.ts`, which loads it on first use (see scripts/esbuildNode.mjs); here, for
 * the task pane (which loads the whole reader on demand) and the tests, it is a plain import.
 *
 * @example loadSheetJs().read(bytes, { type: "array" })
 */
export function loadSheetJs(): typeof XLSX {
  return XLSX;
}
