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

export class EmuSheet {
  readonly id: number;
  name: string;
  visibility: EmuVisibility = "Visible";
  tabColor = "";
  readonly cells = new Map<number, Map<number, EmuCell>>();
  merges: string[] = [];
  /** Column widths in points, by 0-based column. */
  readonly columnWidths = new Map<number, number>();
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

  hasSheet(name: string): boolean {
    return this.sheet(name) !== undefined;
  }

  /** Forget cached formula results; called after every change. */
  changed(): void {
    this.memo.clear();
  }

  /** Notifies listeners (the preview's grid view) once a batch has been applied. */
  notify(): void {
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
