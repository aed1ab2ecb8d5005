import type { SourceRef } from "./finding";

/**
 * A value read from a unit workbook. Numbers are plain numbers (percent as a fraction), yes/no is
 * boolean, dates are Excel serials, text is NFC text. `null` = empty.
 */
export type ReportValue = number | string | boolean | null;

export interface SourcedValue {
  v: ReportValue;
  src: SourceRef;
}

/** What the meta sheet of a template says about the workbook. */
export interface TemplateMeta {
  outlineId?: string;
  version?: string;
  hash?: string;
  unitCode?: string;
  /** "template" for a unit template, "consolidated" for a consolidated appendix. */
  kind?: string;
  /**
   * In a consolidated appendix, the Σ weight behind each weighted mean, by
   * `weightKey(sheet, code, column)`: consolidated again, its mean counts with this weight.
   */
  weights?: Record<string, number>;
}

/** One unit's submission, read from one workbook, keyed by the outline's ids. */
export interface UnitReport {
  /** Unit code, as resolved from meta sheet, info sheet or file name; undefined when unknown. */
  unitCode?: string;
  fileName: string;
  sha256?: string;
  meta: TemplateMeta;
  /** Submission date (Excel serial) from the info sheet, when given. */
  submittedAt?: number;
  /** info[fieldId] */
  info: Record<string, SourcedValue>;
  /** values[sheetId][indicatorCode][columnId] */
  values: Record<string, Record<string, Record<string, SourcedValue>>>;
  /** lists[sheetId] = rows, each keyed by list column id */
  lists: Record<string, Array<Record<string, SourcedValue>>>;
  /**
   * Where each outline row and column was found, so checks can name the cell of a value that is
   * missing: anchors[sheetId] = { sheet: tab name, rows: code|fieldId → row, cols: columnId → col }.
   */
  anchors: Record<string, SheetAnchors>;
}

export interface SheetAnchors {
  sheet: string;
  rows: Record<string, number>;
  cols: Record<string, number>;
}
