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
    const key = `${sheet.id}:${row}:${col}`;
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    if (this.evaluating.has(key)) return 0;
    this.evaluating.add(key);
    try {
      const v = evaluateFormula(cell.formula, sheet.name, this);
      this.memo.set(key, v);
      return v;
    } finally {
      this.evaluating.delete(key);
    }
  }

  isSubtotal(sheetName: string, row: number, col: number): boolean {
    const f = this.sheet(sheetName)?.cell(row, col)?.formula;
    return f !== undefined && callsSubtotal(f);
  }
}
