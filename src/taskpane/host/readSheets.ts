import { a1, a1Range, parseA1Range } from "../../shared/a1/a1";
import type { Cell, Grid } from "../../shared/model";
import { cellFromExcel } from "./cellFromExcel";
import { CancelledError, HostError } from "./hostError";
import { detectFeatures, type Features } from "./requirements";

/** Excel on the web reads at most 5,000,000 cells of a range at once. */
export const MAX_READ_CELLS = 5_000_000;
/** Cells read per sync (values, formulas and number formats): keeps responses near 4 MB. */
export const READ_CELLS_PER_SYNC = 100_000;

export interface ReadOptions {
  /** Cells per sync round; never above MAX_READ_CELLS. */
  cellsPerSync?: number;
  features?: Features;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

interface Part {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * Reads sheets of the open workbook into Grids: values (cached results for formulas), formula
 * texts, number formats (to recognise dates), merges and visibility. Two syncs to learn the
 * sheets and their used ranges, then one per round of row blocks across all sheets (each round
 * at most `cellsPerSync` cells), never one per sheet.
 *
 * @example const grids = await readSheets(["Thông tin", "B1 Quán triệt"]);
 */
export async function readSheets(names?: string[], options: ReadOptions = {}): Promise<Grid[]> {
  const features = options.features ?? detectFeatures();
  const perSync = Math.min(
    MAX_READ_CELLS,
    Math.max(1, options.cellsPerSync ?? READ_CELLS_PER_SYNC),
  );
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    await context.sync();
    const all = sheets.items;
    const wanted = names
      ? names.map((n) => {
          const ws = all.find((s) => s.name.toLowerCase() === n.toLowerCase());
          if (!ws) throw new HostError("errSheetNotFound", { sheet: n });
          return ws;
        })
      : all;
    const used = wanted.map((ws) => {
      const r = ws.getUsedRangeOrNullObject(true);
      r.load("rowIndex,columnIndex,rowCount,columnCount");
      const merged = features.mergedAreas
        ? ws.getUsedRangeOrNullObject(false).getMergedAreasOrNullObject()
        : undefined;
      merged?.load("address");
      return { ws, r, merged };
    });
    await context.sync();

    const grids: Grid[] = used.map(({ ws, merged }) => ({
      name: ws.name,
      rows: [],
      merges: merged && !merged.isNullObject ? mergesOf(merged.address) : [],
      formulas: {},
      state:
        ws.visibility === "Visible"
          ? "visible"
          : ws.visibility === "Hidden"
            ? "hidden"
            : "veryHidden",
    }));
    const parts: Part[] = [];
    used.forEach(({ ws, r }) => {
      if (r.isNullObject) return;
      const rowsPerPart = Math.max(1, Math.floor(perSync / r.columnCount));
      for (let k = 0; k < r.rowCount; k += rowsPerPart) {
        parts.push({
          sheet: ws.name,
          row: r.rowIndex + k,
          col: r.columnIndex,
          rows: Math.min(rowsPerPart, r.rowCount - k),
          cols: r.columnCount,
        });
      }
    });
    const rounds = toRounds(parts, perSync);
    const byName = new Map(grids.map((g) => [g.name, g]));
    let done = 0;
    for (const round of rounds) {
      if (options.signal?.aborted) throw new CancelledError();
      const ranges = round.map((p) => {
        const range = sheets
          .getItem(p.sheet)
          .getRange(a1Range(p.row, p.col, p.row + p.rows - 1, p.col + p.cols - 1));
        range.load("values,formulas,numberFormat");
        return { p, range };
      });
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 100,000 cells across all sheets, never per sheet: Excel caps what one response may carry.
      await context.sync();
      for (const { p, range } of ranges)
        fill(byName.get(p.sheet)!, p, range.values, range.formulas, range.numberFormat);
      options.onProgress?.(++done, rounds.length);
    }
    return grids;
  });
}

function fill(
  grid: Grid,
  p: Part,
  values: unknown[][],
  formulas: unknown[][],
  formats: unknown[][],
): void {
  for (let i = 0; i < p.rows; i++) {
    const r = p.row + i;
    const row: Cell[] = (grid.rows[r] ??= []);
    for (let j = 0; j < p.cols; j++) {
      const c = p.col + j;
      row[c] = cellFromExcel(values[i][j], formats[i]?.[j] as string | undefined);
      // Text "=x" in a text-formatted cell comes back the same in both; a formula differs from its value.
      const f = formulas[i]?.[j];
      if (typeof f === "string" && f.startsWith("=") && f !== values[i][j])
        grid.formulas![a1(r, c)] = f.slice(1);
    }
  }
  for (let r = 0; r < grid.rows.length; r++) grid.rows[r] ??= [];
}

/** "'B 1'!A1:C1,'B 1'!D4:D5" → ["A1:C1", "D4:D5"]. */
function mergesOf(address: string): string[] {
  return address
    .split(",")
    .map((a) => a.slice(a.lastIndexOf("!") + 1).replace(/\$/g, ""))
    .filter((a) => parseA1Range(a) !== undefined && a.includes(":"));
}

function toRounds(parts: Part[], perSync: number): Part[][] {
  const out: Part[][] = [];
  let cur: Part[] = [];
  let cells = 0;
  for (const p of parts) {
    const n = p.rows * p.cols;
    if (cur.length && cells + n > perSync) {
      out.push(cur);
      cur = [];
      cells = 0;
    }
    cur.push(p);
    cells += n;
  }
  if (cur.length) out.push(cur);
  return out;
}
