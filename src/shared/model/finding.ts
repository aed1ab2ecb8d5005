import { z } from "zod";

export const severitySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof severitySchema>;

/** Where a value came from: any consolidated number can be traced back to this. */
export const sourceRefSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  /** A1 address, e.g. "D12". */
  cell: z.string(),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/**
 * Stable finding codes. E_ = error (value unusable or rule broken), W_ = warning, I_ = info.
 * Codes never change meaning; new checks get new codes.
 */
export const findingCodeSchema = z.enum([
  "E_FILE", // file unreadable: corrupt, encrypted, too large, not a workbook
  "E_TEMPLATE", // not a template of this outline (another campaign, or no recognizable sheet)
  "E_SHEET_MISSING", // an outline sheet not found
  "E_ROW_MISSING", // an indicator row not found
  "E_TYPE", // value of the wrong type
  "E_BOUND", // value outside min/max
  "E_REQUIRED", // required value empty
  "E_RULE", // cross-field rule broken (severity error)
  "E_SUM", // parent differs from sum of children
  "E_CELL_ERROR", // cell holds #REF!, #DIV/0!, …
  "E_UNIT_UNKNOWN", // unit code not in the registry
  "E_UNIT_MISSING", // no unit code could be found
  "E_AMBIGUOUS", // an indicator's row cannot be told among several (value kept out)
  "E_NO_CACHED_VALUE", // a formula saved without its calculated value
  "W_RULE", // cross-field rule broken (severity warning)
  "W_VERSION", // older template version
  "W_DUPLICATE", // another submission of the same unit (latest wins)
  "W_LATE", // submitted after the deadline
  "W_NOT_APPLICABLE", // value entered for an indicator not applying to the unit's type
  "W_LEGACY_ENCODING", // TCVN3/VNI text converted
  "W_FORMULA", // a formula where a value belongs (cached value used)
  "W_AMBIGUOUS", // several rows/sheets match; the first was used
  "W_TEXT_NUMBER", // number written as text, converted
  "W_PERCENT_SCALE", // percentage written as 95 instead of 95%
  "W_NO_SUBMIT_DATE", // submission date absent
  "W_MISSING", // unit in the registry sent nothing
  "W_LIST_LONG", // a list table longer than the outline's maximum (kept whole)
  "W_NOT_EXPECTED", // unit reports through another unit (e.g. a CBTT to its đảng bộ): not consolidated here
  "W_EXCLUDED", // unit left out of the consolidation because it has errors (user's choice)
  "W_OUTLIER", // a value far above comparable units' or the unit's other years' (totals unchanged)
  "I_FORMULA_TEXT", // text starting with = + - @ kept as text
  "I_TABLE_END", // a list table ends above a signature block or notes, not read as rows
  "I_ROWS_MOVED", // rows inserted or deleted: an indicator is not on its template row
  "I_SHEET_RENAMED", // a sheet found under another tab name
  "I_SHEET_ORDER", // the sheets are in another order than the template's
  "I_META_MISSING", // the hidden meta sheet is gone (copied or re-saved workbook)
  "I_RESAVED", // the template was saved as .xls, .ods or .csv
]);
export type FindingCode = z.infer<typeof findingCodeSchema>;

export const findingSchema = z.object({
  severity: severitySchema,
  code: findingCodeSchema,
  /** Unit code when known, else the file name. */
  unit: z.string(),
  file: z.string().optional(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
  indicator: z.string().optional(),
  column: z.string().optional(),
  message: z.object({ vi: z.string(), en: z.string() }),
  /** The offending value as text, when there is one. */
  value: z.string().optional(),
});
export type Finding = z.infer<typeof findingSchema>;
