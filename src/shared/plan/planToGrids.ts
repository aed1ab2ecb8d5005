import { a1 } from "../a1/a1";
import type { Cell, Grid, PlanCell, WorkbookPlan } from "../model";

/**
 * What a host would read back from a rendered plan, without any file: values (formula cells give
 * their cached `v`), formula texts, merges and sheet states. Used by tests and by roll-ups done in
 * memory.
 *
 * @example planToGrids(buildTemplatePlan(campaign))[0].name === "Thông tin"
 */
export function planToGrids(plan: WorkbookPlan): Grid[] {
  return plan.sheets.map((sheet) => {
    const rows: Cell[][] = [];
    const formulas: Record<string, string> = {};
    for (const block of sheet.blocks) {
      block.cells.forEach((cells, i) => {
        const r = block.row + i;
        const row = (rows[r] ??= []);
        cells.forEach((cell, j) => {
          const c = block.col + j;
          row[c] = cellValue(cell);
          if (cell.f !== undefined) formulas[a1(r, c)] = cell.f;
        });
      });
    }
    for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    return { name: sheet.name, rows, merges: [...sheet.merges], formulas, state: sheet.state };
  });
}

function cellValue(cell: PlanCell): Cell {
  const v = cell.v;
  if (v === undefined || v === null || v === "") return null;
  return v;
}
