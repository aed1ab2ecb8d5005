/**
 * WorkbookPlan: what a workbook should contain, host-neutral. The .xlsx writer (CLI) and the
 * Office.js writer (task pane) both render it; a golden test holds both to the same plan.
 * Rows and columns are 0-based here; writers translate.
 */
export interface PlanStyle {
  font?: { name?: string; bold?: boolean; italic?: boolean; size?: number; color?: string };
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
  /**
   * Page setup for printing: official appendices are printed and signed, on A4 with the margins
   * of the rules for Party and state documents (writers apply `PRINT_MARGINS_MM`).
   */
  print?: PlanPrint;
}

export interface PlanPrint {
  landscape: boolean;
  /** Shrink the columns to the page width; only set where the text stays at 8 pt or more. */
  fitToWidth: boolean;
  /** Rows (0-based, inclusive) repeated at the top of every printed page: the table's header. */
  repeatRows?: { first: number; last: number };
  /** Columns (0-based, inclusive) repeated at the left of every page: the unit's name. */
  repeatCols?: { first: number; last: number };
  /** The printed range (A1), leaving out internal columns. */
  area?: string;
  /** 0-based columns before which a new page starts, so a wide table splits at whole groups. */
  colBreaks?: number[];
}

/**
 * Margins of printed sheets in millimetres: Hướng dẫn 36-HD/VPTW (Party documents) and Nghị định
 * 30/2020/NĐ-CP, Phụ lục I (state documents) both ask for top and bottom 20–25 mm, left 30–35 mm,
 * right 15–20 mm on A4; the header holds the page number.
 */
export const PRINT_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 };

/** The page number, centred in the top margin (Nghị định 30/2020, Phụ lục I, II.8): "&P". */
export const PRINT_HEADER = '&C&"Times New Roman,Regular"&12&P';

/** The typeface of every printed document of Party and state bodies. */
export const DOCUMENT_FONT = { name: "Times New Roman", size: 12 } as const;

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

/** Name of the hidden sheet holding outline id, version, hash, unit code and owned-sheet list. */
export const META_SHEET_NAME = "_PhuLuc";
