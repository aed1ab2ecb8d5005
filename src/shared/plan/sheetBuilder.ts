import { a1Range } from "../a1/a1";
import type { PlanCell, PlanPrint, PlanSheet, PlanValidation } from "../model/plan";
import { columnWidthPt, printLayout, type PrintLayoutInput } from "./printLayout";
import { PLAN_STYLES } from "./styles";
import { TEMPLATE_ROWS, type SheetRows } from "./templateLayout";

/** What a sheet says about its printing; the page layout itself is worked out on build. */
export type PrintSpec = Pick<PrintLayoutInput, "repeatRows" | "repeatCols" | "groupStarts"> & {
  /** Last printed column (0-based); columns after it are internal and do not print. */
  lastCol?: number;
};

/**
 * Mutable helper to lay out one sheet cell by cell, then freeze it into a PlanSheet with a single
 * rectangular block (one values/formulas write per sheet for the hosts).
 *
 * @example
 * const b = new SheetBuilder("B1");
 * b.set(0, 0, { v: "Tiêu đề", s: "title" });
 * b.merge(0, 0, 0, 5);
 * const sheet = b.build();
 */
export class SheetBuilder {
  private readonly rows: PlanCell[][] = [];
  private width = 0;
  readonly merges: string[] = [];
  readonly validations: PlanValidation[] = [];
  readonly columnWidths: number[] = [];
  freeze?: { rows: number; cols: number };
  protect = false;
  state: PlanSheet["state"] = "visible";
  tabColor?: string;
  readonly rowHeights: Record<number, number> = {};
  /** Printing: a visible sheet prints on A4 by `printLayout` unless `print` is false. */
  print: PrintSpec | false = {};
  private readonly mergeAreas: Array<{ r1: number; c1: number; r2: number; c2: number }> = [];

  constructor(
    readonly name: string,
    /** Where title, header and data go: the template's layout unless told otherwise. */
    readonly layout: SheetRows = TEMPLATE_ROWS,
  ) {}

  set(row: number, col: number, cell: PlanCell): void {
    while (this.rows.length <= row) this.rows.push([]);
    this.rows[row][col] = cell;
    if (col + 1 > this.width) this.width = col + 1;
  }

  /** Writes cells left to right starting at (row, col). */
  setRow(row: number, col: number, cells: PlanCell[]): void {
    cells.forEach((cell, i) => this.set(row, col + i, cell));
  }

  get rowCount(): number {
    return this.rows.length;
  }

  /** The title and subtitle lines every sheet opens with, merged across `lastCol + 1` columns. */
  titleRows(title: string, subtitle: string, lastCol: number): void {
    const { title: t, subtitle: s } = this.layout;
    this.set(t, 0, { v: title, s: "title" });
    this.merge(t, 0, t, lastCol);
    this.set(s, 0, { v: subtitle, s: "subtitle" });
    this.merge(s, 0, s, lastCol);
  }

  merge(row1: number, col1: number, row2: number, col2: number): void {
    this.merges.push(a1Range(row1, col1, row2, col2));
    this.mergeAreas.push({ r1: row1, c1: col1, r2: row2, c2: col2 });
  }

  setWidth(col: number, chars: number): void {
    this.columnWidths[col] = chars;
  }

  build(): PlanSheet {
    const cells = this.rows.map((r) => {
      const out: PlanCell[] = new Array(this.width);
      for (let c = 0; c < this.width; c++) out[c] = r[c] ?? {};
      return out;
    });
    const widths = Array.from(
      { length: this.columnWidths.length },
      (_, i) => this.columnWidths[i] ?? 10,
    );
    this.fitRowHeights(widths);
    let print: PlanPrint | undefined;
    if (this.print && this.state === "visible" && this.rows.length > 0) {
      const { lastCol, ...spec } = this.print;
      print = printLayout({
        widths,
        smallestFontPt: this.smallestFont(),
        lastRow: this.rows.length - 1,
        lastCol: lastCol ?? this.width - 1,
        ...spec,
      });
    }
    return {
      name: this.name,
      state: this.state,
      blocks: cells.length > 0 ? [{ row: 0, col: 0, cells }] : [],
      merges: [...this.merges],
      columnWidths: widths,
      freeze: this.freeze,
      validations: [...this.validations],
      protect: this.protect,
      tabColor: this.tabColor,
      ...(Object.keys(this.rowHeights).length > 0 ? { rowHeights: { ...this.rowHeights } } : {}),
      ...(print ? { print } : {}),
    };
  }

  /** The smallest font size any styled cell of the sheet prints in. */
  private smallestFont(): number {
    let smallest = Infinity;
    const seen = new Set<string>();
    for (const row of this.rows)
      for (const cell of row) {
        if (!cell?.s || seen.has(cell.s)) continue;
        seen.add(cell.s);
        const size = PLAN_STYLES[cell.s as keyof typeof PLAN_STYLES]?.font?.size ?? 12;
        smallest = Math.min(smallest, size);
      }
    return Number.isFinite(smallest) ? smallest : 12;
  }

  /**
   * Gives each row holding wrapped text the height its lines need, printed and on screen (Excel
   * keeps a stored height and does not refit rows it did not lay out itself). Lines are estimated
   * from the characters and the (merged) cell's width, erring on the tall side: a clipped label
   * in a signed appendix is worse than a little white space.
   */
  private fitRowHeights(widths: number[]): void {
    const widthOf = (r: number, c: number): { pt: number; rows: number } | undefined => {
      const m = this.mergeAreas.find((a) => a.r1 <= r && r <= a.r2 && a.c1 <= c && c <= a.c2);
      if (m && (m.r1 !== r || m.c1 !== c)) return undefined;
      let pt = 0;
      for (let k = m?.c1 ?? c; k <= (m?.c2 ?? c); k++) pt += columnWidthPt(widths[k] ?? 10);
      return { pt, rows: m ? m.r2 - m.r1 + 1 : 1 };
    };
    this.rows.forEach((row, r) => {
      let need = 0;
      row.forEach((cell, c) => {
        if (typeof cell?.v !== "string" || cell.v === "" || !cell.s) return;
        const style = PLAN_STYLES[cell.s as keyof typeof PLAN_STYLES];
        if (!style?.align?.wrap) return;
        const box = widthOf(r, c);
        if (!box) return;
        const size = style.font?.size ?? 12;
        const charPt = size * (style.font?.bold ? 0.56 : 0.5);
        const usable = Math.max(box.pt - 6, charPt);
        const lines = cell.v
          .split("\n")
          .reduce((n, part) => n + Math.max(1, Math.ceil((part.length * charPt) / usable)), 0);
        need = Math.max(need, (lines * size * 1.3 + 4) / box.rows);
      });
      if (need > 16 && need > (this.rowHeights[r] ?? 0))
        this.rowHeights[r] = Math.min(409, Math.ceil(need * 4) / 4);
    });
  }
}
