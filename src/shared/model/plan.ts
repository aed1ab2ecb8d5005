/**
 * WorkbookPlan: what a workbook should contain, host-neutral. The .xlsx writer (CLI) and the
 * Office.js writer (task pane) both render it; a golden test holds both to the same plan.
 * Rows and columns are 0-based here; writers translate.
 */
export interface PlanStyle {
  font?: { bold?: boolean; italic?: boolean; size?: number; color?: string };
  /** Solid fill, RGB hex without '#', e.g. "DDEBF7". */
  fill?: string;
  numberFormat?: string;
  align?: {
    horizontal?: "left" | "center" | "right";
    vertical?: "top" | "middle" | "bottom";
    wrap?: boolean;
  };
  border?: "thin";
  /** Cell protection when the sheet is protected; defaults to true as in Excel. */
  locked?: boolean;
}

export type PlanValue = string | number | boolean | null;

/**
 * One cell. `f` is a formula without the leading "=" and wins over `v` (which is then its expected
 * value, used by tests and by hosts that cannot calculate). A string `v` is always literal text,
 * even when it starts with "=", "+", "-" or "@": writers must never turn it into a formula.
 */
export interface PlanCell {
  v?: PlanValue;
  f?: string;
  /** Style name in WorkbookPlan.styles. */
  s?: string;
}

/** A rectangular block written at (row, col); writers emit one values/formulas call per block. */
export interface PlanBlock {
  row: number;
  col: number;
  cells: PlanCell[][];
}

export interface PlanValidation {
  /** A1 range, e.g. "D5:H40". */
  range: string;
  kind: "whole" | "decimal" | "list" | "date" | "textLength";
  min?: number;
  max?: number;
  list?: string[];
  /**
   * Where a list's choices live, as an absolute reference ("'_PhuLucDanhSach'!$A$1:$A$2"):
   * Excel splits an inline list at every comma and caps it at 255 characters, so choices are kept
   * in cells and the validation points at them (see withListSources).
   */
  source?: string;
  prompt?: string;
  error?: string;
}

export interface PlanSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  blocks: PlanBlock[];
  merges: string[];
  /** Column widths in characters, by 0-based column index. */
  columnWidths: number[];
  freeze?: { rows: number; cols: number };
  validations: PlanValidation[];
  /** Protect the sheet (no password): locked cells read-only, unlocked input cells editable. */
  protect: boolean;
  /** Tab colour, RGB hex without '#'. */
  tabColor?: string;
  /** Row heights in points by 0-based row, where wrapped or merged text needs room. */
  rowHeights?: Record<number, number>;
  /** Page setup for printing: official appendices are printed, often landscape on A4. */
  print?: { landscape: boolean; fitToWidth: boolean };
}

export interface WorkbookPlan {
  sheets: PlanSheet[];
  styles: Record<string, PlanStyle>;
  names: Array<{ name: string; ref: string }>;
  properties: {
    title: string;
    creator: string;
    /** Fixed ISO timestamp so the same inputs give byte-identical files. */
    created: string;
  };
}

/** Name of the hidden, add-in-owned sheet holding the choices of list validations. */
export const LIST_SHEET_NAME = "_PhuLucDanhSach";

/** Name of the hidden sheet holding outline id, version, hash, unit code and owned-sheet list. */
export const META_SHEET_NAME = "_PhuLuc";
