import {
  callCustomFunction,
  isVolatile,
  type CustomArgument,
  type CustomFunctionsRegistration,
} from "./customFunctions";
import { callsSubtotal, evaluateFormula, type CellSource, type Scalar } from "./formulaEngine";
import type { EmuConstant } from "./parseExcelInput";

/** Direct formatting of one cell, as the adapter sets it. */
export interface EmuFormat {
  fill?: string;
  fontName?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  border?: string;
  locked: boolean;
}

export interface EmuCell {
  value: EmuConstant | null;
  formula?: string;
  numberFormat: string;
  quotePrefix?: boolean;
  format: EmuFormat;
  /** Entered while calculation was suspended: not calculated until the next recalculation. */
  calcPending?: boolean;
}

export interface EmuValidation {
  range: string;
  rule: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
}

export type EmuVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface EmuPageSetup {
  paperSize?: string;
  orientation?: "Portrait" | "Landscape";
  blackAndWhite?: boolean;
  centerHorizontally?: boolean;
  margins: {
    top?: number;
    bottom?: number;
    left?: number;
    right?: number;
    header?: number;
    footer?: number;
  };
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHeader?: string;
  printArea?: string;
  titleRows?: string;
  titleColumns?: string;
  /** 0-based columns a page break stands before. */
  colBreaks: number[];
}

export function emptyPageSetup(): EmuPageSetup {
  return { margins: {}, colBreaks: [] };
}

export class EmuSheet {
  readonly id: number;
  name: string;
  visibility: EmuVisibility = "Visible";
  tabColor = "";
  readonly cells = new Map<number, Map<number, EmuCell>>();
  merges: string[] = [];
  /** Column widths in points, by 0-based column. */
  readonly columnWidths = new Map<number, number>();
  /** Row heights in points, by 0-based row. */
  readonly rowHeights = new Map<number, number>();
  /** What Worksheet.pageLayout and verticalPageBreaks were given. */
  pageSetup: EmuPageSetup = emptyPageSetup();
  freeze = { rows: 0, cols: 0 };
  validations: EmuValidation[] = [];
  protected = false;

  constructor(id: number, name: string) {
    this.id = id;
    this.name = name;
  }

  cell(row: number, col: number): EmuCell | undefined {
    return this.cells.get(row)?.get(col);
  }

  /** The cell, created with Excel's defaults when absent. */
  touch(row: number, col: number): EmuCell {
    let r = this.cells.get(row);
    if (!r) this.cells.set(row, (r = new Map()));
    let c = r.get(col);
    if (!c) r.set(col, (c = { value: null, numberFormat: "General", format: { locked: true } }));
    return c;
  }

  /** Bounds of cells with content (values or formulas), or with formatting too. */
  usedBounds(valuesOnly: boolean): { r1: number; c1: number; r2: number; c2: number } | undefined {
    let b: { r1: number; c1: number; r2: number; c2: number } | undefined;
    for (const [r, row] of this.cells) {
      for (const [c, cell] of row) {
        const used = cell.value !== null || cell.formula !== undefined;
        if (!used && valuesOnly) continue;
        if (!used && cell.numberFormat === "General" && isDefaultFormat(cell.format)) continue;
        if (!b) b = { r1: r, c1: c, r2: r, c2: c };
        else {
          b.r1 = Math.min(b.r1, r);
          b.c1 = Math.min(b.c1, c);
          b.r2 = Math.max(b.r2, r);
          b.c2 = Math.max(b.c2, c);
        }
      }
    }
    return b;
  }
}

function isDefaultFormat(f: EmuFormat): boolean {
  return Object.keys(f).length === 1 && f.locked;
}

/** A sheet-qualified reference in formula text: 'Sheet name'!A1:B2 or Sheet1!A1. */
const SHEET_REFERENCE =
  /(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The in-memory workbook behind the emulated Excel API. */
export class EmuWorkbook implements CellSource {
  sheets: EmuSheet[] = [];
  readonly names = new Map<string, string>();
  selection: { sheet: string; address: string } | undefined;
  activeSheet: string | undefined;
  private nextId = 1;
  private memo = new Map<string, Scalar>();
  private evaluating = new Set<string>();
  private listeners = new Set<() => void>();
  /** Custom functions registered by an add-in (namespace, metadata, code). */
  customFunctions: CustomFunctionsRegistration | undefined;
  /** The add-in's settings saved with the workbook (Workbook.settings), as JSON text. */
  readonly settings = new Map<string, string>();
  /** Workbook structure protection (Review › Protect Workbook). */
  structureProtected = false;
  /** True while a sync that suspended calculation is being applied. */
  calculationSuspended = false;
  /**
   * Last results of custom function calls, by cell and then by call and arguments. Excel
   * recalculates a non-volatile function "only when the formula's dependent values have changed"
   * (`volatile` option, https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#options):
   * a result computed from state the function keeps in memory (the active campaign) stays until
   * its arguments change, the cell is entered again, or a full calculation.
   */
  private customResults = new Map<string, Map<string, Scalar>>();
  private evaluatingCell: string | undefined;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const n of sheetNames) this.addSheet(n);
    this.activeSheet = this.sheets[0]?.name;
  }

  sheet(name: string): EmuSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  addSheet(name: string): EmuSheet {
    const s = new EmuSheet(this.nextId++, name);
    this.sheets.push(s);
    this.changed();
    return s;
  }

  /** A copy of `source` at the end, named as Excel names copies ("B1 (2)"). */
  copySheet(source: EmuSheet): EmuSheet {
    let k = 2;
    const nameFor = (n: number) => `${source.name.slice(0, 31 - ` (${n})`.length)} (${n})`;
    while (this.sheet(nameFor(k))) k++;
    const copy = this.addSheet(nameFor(k));
    for (const [r, row] of source.cells)
      for (const [c, cell] of row)
        Object.assign(copy.touch(r, c), { ...cell, format: { ...cell.format } });
    copy.merges = [...source.merges];
    for (const [c, w] of source.columnWidths) copy.columnWidths.set(c, w);
    copy.freeze = { ...source.freeze };
    copy.validations = JSON.parse(JSON.stringify(source.validations));
    copy.protected = source.protected;
    copy.visibility = source.visibility;
    copy.tabColor = source.tabColor;
    for (const [r, h] of source.rowHeights) copy.rowHeights.set(r, h);
    copy.pageSetup = JSON.parse(JSON.stringify(source.pageSetup));
    return copy;
  }

  /** Formulas follow a renamed sheet. */
  renameInFormulas(from: string, to: string): void {
    this.rewriteSheetReferences(from, (ref) => `${quoteSheet(to)}!${ref}`);
  }

  /** Formulas pointing into a deleted sheet become #REF!. */
  breakReferencesTo(sheet: string): void {
    this.rewriteSheetReferences(sheet, () => "#REF!");
  }

  private rewriteSheetReferences(sheet: string, to: (ref: string) => string): void {
    const lower = sheet.toLowerCase();
    for (const s of this.sheets)
      for (const row of s.cells.values())
        for (const cell of row.values()) {
          if (cell.formula === undefined) continue;
          cell.formula = cell.formula.replace(SHEET_REFERENCE, (whole, quoted, plain, ref) => {
            const name = quoted !== undefined ? quoted.replace(/''/g, "'") : plain;
            return name.toLowerCase() === lower ? to(ref) : whole;
          });
        }
    this.changed();
  }

  hasSheet(name: string): boolean {
    return this.sheet(name) !== undefined;
  }

  /** Forget cached formula results; called after every change. */
  changed(): void {
    this.memo.clear();
  }

  /** Batches applied so far: the preview's grid view redraws when it changes. */
  revision = 0;

  /** Notifies listeners (the preview's grid view) once a batch has been applied. */
  notify(): void {
    this.revision++;
    for (const l of this.listeners) l();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  value(sheetName: string, row: number, col: number): Scalar {
    const sheet = this.sheet(sheetName);
    const cell = sheet?.cell(row, col);
    if (!sheet || !cell) return null;
    if (cell.formula === undefined) return cell.value;
    // What an uncalculated formula cell shows is not documented; the emulation shows 0 so that a
    // test reading it sees a wrong number rather than a plausible one.
    if (cell.calcPending) return 0;
    const key = `${sheet.id}:${row}:${col}`;
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    if (this.evaluating.has(key)) return 0;
    this.evaluating.add(key);
    const outer = this.evaluatingCell;
    this.evaluatingCell = key;
    try {
      const v = evaluateFormula(cell.formula, sheet.name, this);
      this.memo.set(key, v);
      return v;
    } finally {
      this.evaluating.delete(key);
      this.evaluatingCell = outer;
    }
  }

  /** A value or formula was entered in a cell: it is calculated afresh (unless suspended). */
  entered(sheet: EmuSheet, row: number, col: number): void {
    this.customResults.delete(`${sheet.id}:${row}:${col}`);
    const cell = sheet.cell(row, col);
    if (cell) cell.calcPending = this.calculationSuspended && cell.formula !== undefined;
  }

  /** application.calculate: pending cells calculated; custom functions called again if `full`. */
  calculate(full: boolean): void {
    for (const s of this.sheets)
      for (const row of s.cells.values()) for (const c of row.values()) c.calcPending = false;
    if (full) this.customResults.clear();
    this.changed();
  }

  callCustom(name: string, args: CustomArgument[]): Scalar | undefined {
    const reg = this.customFunctions;
    const dot = name.lastIndexOf(".");
    if (!reg || dot < 0 || name.slice(0, dot) !== reg.namespace.toUpperCase()) return undefined;
    const id = name.slice(dot + 1);
    if (isVolatile(reg, id) || !this.evaluatingCell) return callCustomFunction(reg, id, args);
    let results = this.customResults.get(this.evaluatingCell);
    if (!results) this.customResults.set(this.evaluatingCell, (results = new Map()));
    const callKey = `${id}(${JSON.stringify(args)})`;
    if (results.has(callKey)) return results.get(callKey)!;
    const v = callCustomFunction(reg, id, args);
    results.set(callKey, v);
    return v;
  }

  isSubtotal(sheetName: string, row: number, col: number): boolean {
    const f = this.sheet(sheetName)?.cell(row, col)?.formula;
    return f !== undefined && callsSubtotal(f);
  }
}
