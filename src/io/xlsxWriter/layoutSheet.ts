import type { PlanCell, PlanSheet } from "../../shared/model";
import { toFileFormula } from "../fileFormula";
import { decodeRange, type ExcelRange } from "./excelRef";

/** What a cell holds once the sheet is laid out (ExcelJS's value types). */
export const enum CellKind {
  /** Exists (styled, or inside a merge) but holds nothing. */
  Empty,
  /** Covered by a merge: written without value, styled like the merge's top-left cell. */
  Merged,
  Number,
  Text,
  Boolean,
  Formula,
}

export interface LaidCell {
  kind: CellKind;
  /** Number, text or boolean; for a formula its cached result (undefined: none). */
  value: string | number | boolean | undefined;
  /** The formula as stored in the file (with `_xlfn.` prefixes). */
  formula?: string;
  /** Plan style name; undefined for the default format. */
  style: string | undefined;
  /** For a merged cell: index of its merge in `merges`. */
  merge?: number;
}

export interface SheetLayout {
  /** Cells by 1-based row then 1-based column (sparse). */
  rows: LaidCell[][];
  /** Row heights by 1-based row (sparse). */
  heights: number[];
  merges: ExcelRange[];
}

/**
 * Lays a plan sheet's blocks and merges out cell by cell the way the ExcelJS writer leaves its
 * worksheet: a later block overwrites an earlier one's value (and style when it has one); a plan
 * cell with neither value nor style creates nothing; an empty string is no value; a merge keeps its
 * top-left cell and turns the others into styled-alike merged cells (created when missing).
 * Overlapping merges are refused as ExcelJS refuses them.
 *
 * @example layoutSheet(sheet).rows[1][1] // the cell A1, if the plan writes anything there
 */
export function layoutSheet(sheet: PlanSheet): SheetLayout {
  const rows: LaidCell[][] = [];
  const cellAt = (r: number, c: number): LaidCell => {
    const row = rows[r] ?? (rows[r] = []);
    return row[c] ?? (row[c] = { kind: CellKind.Empty, value: undefined, style: undefined });
  };

  for (const block of sheet.blocks) {
    for (let i = 0; i < block.cells.length; i++) {
      const cells = block.cells[i];
      const r = block.row + i + 1;
      for (let j = 0; j < cells.length; j++) {
        const cell = cells[j];
        const hasValue = cell.f !== undefined || !isBlank(cell.v);
        if (!hasValue && !cell.s) continue;
        const target = cellAt(r, block.col + j + 1);
        if (hasValue) setValue(target, cell);
        if (cell.s) target.style = cell.s;
      }
    }
  }

  const heights: number[] = [];
  for (const [r, height] of Object.entries(sheet.rowHeights ?? {})) {
    const n = Number(r) + 1;
    heights[n] = height;
    if (!rows[n]) rows[n] = [];
  }

  const merges: ExcelRange[] = [];
  for (const ref of sheet.merges) {
    const m = decodeRange(ref);
    if (merges.some((o) => intersects(o, m))) throw new Error("Cannot merge already merged cells");
    const master = cellAt(m.top, m.left);
    const index = merges.length;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        const cell = cellAt(r, c);
        cell.kind = CellKind.Merged;
        cell.value = undefined;
        cell.formula = undefined;
        cell.style = master.style;
        cell.merge = index;
      }
    }
    merges.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
  }
  return { rows, heights, merges };
}

function isBlank(v: PlanCell["v"]): boolean {
  return v === undefined || v === null || v === "";
}

function setValue(target: LaidCell, cell: PlanCell): void {
  target.formula = undefined;
  if (cell.f !== undefined) {
    const result = isBlank(cell.v) ? undefined : (cell.v as string | number | boolean);
    const formula = toFileFormula(cell.f);
    if (formula) {
      target.kind = CellKind.Formula;
      target.formula = formula;
      target.value = result;
    } else {
      // ExcelJS does not see `{ formula: "" }` as a formula and stores the object as JSON text.
      target.kind = CellKind.Text;
      target.value = JSON.stringify(result === undefined ? { formula } : { formula, result });
    }
    return;
  }
  const v = cell.v as string | number | boolean;
  target.kind =
    typeof v === "number"
      ? CellKind.Number
      : typeof v === "boolean"
        ? CellKind.Boolean
        : CellKind.Text;
  target.value = v;
}

function intersects(a: ExcelRange, b: ExcelRange): boolean {
  return !(b.bottom < a.top || b.top > a.bottom || b.right < a.left || b.left > a.right);
}
