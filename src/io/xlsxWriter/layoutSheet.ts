import type { PlanCell, PlanSheet } from "../../shared/model";
import { decodeRange, type ExcelRange } from "./excelRef";

/**
 * A cell once the sheet is laid out: the plan cell that decides it (shared, not copied, when only
 * one block writes there), or a merged cell, styled like its merge's top-left cell.
 */
export type LaidCell = PlanCell & {
  /** For a cell covered by a merge: index of the merge in `merges`. */
  merge?: number;
};

export interface SheetLayout {
  /** Cells by 1-based row then 1-based column (sparse). */
  rows: LaidCell[][];
  /** Row heights by 1-based row (sparse). */
  heights: number[];
  merges: ExcelRange[];
}

/**
 * Lays a plan sheet's blocks and merges out cell by cell the way the ExcelJS writer leaves its
 * worksheet: a later block replaces an earlier one's value (and style when it has one); a plan
 * cell with neither value nor style creates nothing; an empty string is no value; a merge keeps its
 * top-left cell and turns the others into merged cells styled alike (created when missing).
 * Overlapping merges are refused as ExcelJS refuses them.
 *
 * @example layoutSheet(sheet).rows[1][1] // the cell A1, if the plan writes anything there
 */
export function layoutSheet(sheet: PlanSheet): SheetLayout {
  const rows: LaidCell[][] = [];
  for (const block of sheet.blocks) {
    for (let i = 0; i < block.cells.length; i++) {
      const cells = block.cells[i];
      const r = block.row + i + 1;
      let row: LaidCell[] | undefined = rows[r];
      for (let j = 0; j < cells.length; j++) {
        const cell = cells[j];
        const hasValue = hasCellValue(cell);
        if (!hasValue && !cell.s) continue;
        const c = block.col + j + 1;
        row ??= rows[r] = [];
        const before = row[c];
        row[c] =
          before === undefined
            ? cell
            : hasValue
              ? { v: cell.v, f: cell.f, s: cell.s || before.s }
              : { v: before.v, f: before.f, s: cell.s };
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
    const top = rows[m.top] ?? (rows[m.top] = []);
    const master = top[m.left] ?? (top[m.left] = {});
    const merged: LaidCell = { s: master.s, merge: merges.length };
    for (let r = m.top; r <= m.bottom; r++) {
      const row = rows[r] ?? (rows[r] = []);
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) row[c] = merged;
    }
    merges.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
  }
  return { rows, heights, merges };
}

/** A formula, or a value other than null and "" (which the writer leaves out). */
export function hasCellValue(cell: PlanCell): boolean {
  return cell.f !== undefined || (cell.v !== undefined && cell.v !== null && cell.v !== "");
}

function intersects(a: ExcelRange, b: ExcelRange): boolean {
  return !(b.bottom < a.top || b.top > a.bottom || b.right < a.left || b.left > a.right);
}
