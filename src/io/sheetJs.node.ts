import type * as XLSX from "@e965/xlsx";

let sheetJs: typeof XLSX | undefined;

/**
 * SheetJS loaded on first use, for the CLI (its bundle puts this module in place of
 * `sheetJs.ts`). Our own reader takes every ordinary .xlsx file, and loading SheetJS costs
 * ≈ 140 ms — its code pages build their tables as they load — that a run over such files never
 * needs: it was half of the CLI's start-up.
 *
 * @example loadSheetJs().read(bytes, { type: "array" })
 */
export function loadSheetJs(): typeof XLSX {
  return (sheetJs ??= require("@e965/xlsx") as typeof XLSX);
}
