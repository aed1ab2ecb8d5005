import { a1Range } from "../a1/a1";
import type { PlanCell, PlanSheet, PlanValidation } from "../model/plan";
import { TEMPLATE_ROWS } from "../template/templateLayout";

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
  print?: { landscape: boolean; fitToWidth: boolean };

  constructor(readonly name: string) {}

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
    this.set(TEMPLATE_ROWS.title, 0, { v: title, s: "title" });
    this.merge(TEMPLATE_ROWS.title, 0, TEMPLATE_ROWS.title, lastCol);
    this.set(TEMPLATE_ROWS.subtitle, 0, { v: subtitle, s: "subtitle" });
    this.merge(TEMPLATE_ROWS.subtitle, 0, TEMPLATE_ROWS.subtitle, lastCol);
    // Campaign titles are long: give the merged, wrapped subtitle room for three lines.
    this.rowHeights[TEMPLATE_ROWS.title] = 22;
    this.rowHeights[TEMPLATE_ROWS.subtitle] = 45;
    this.print = { landscape: lastCol > 5, fitToWidth: true };
  }

  merge(row1: number, col1: number, row2: number, col2: number): void {
    this.merges.push(a1Range(row1, col1, row2, col2));
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
      ...(this.print ? { print: this.print } : {}),
    };
  }
}
