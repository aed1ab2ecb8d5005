import { a1, a1Range, parseA1Range } from "../../shared/a1/a1";
import type { Cell, Grid } from "../../shared/model";
import { cellFromExcel } from "./cellFromExcel";
import { CancelledError, HostError } from "./hostError";
import { readMerges } from "./readMerges";
import { detectFeatures, type Features } from "./requirements";

/** Excel on the web reads at most 5,000,000 cells of a range at once. */
export const MAX_READ_CELLS = 5_000_000;
/** Cells read per sync (values, formulas and number formats): keeps most responses near 4 MB. */
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
 * Whether Excel refused a sync for the size of its response. Excel on the web limits requests
 * and responses to 5 MB and answers with a RichApi.Error
 * (https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices);
 * the code is the one Office.js documents for it (Excel.ErrorCodes.responsePayloadSizeLimitExceeded).
 */
function isResponseTooLarge(err: unknown): boolean {
  return (err as { code?: string })?.code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * Reads sheets of the open workbook into Grids: values (cached results for formulas), formula
 * texts, number formats (to recognise dates), merges and visibility. Syncs: the sheets, their used
 * ranges, their merged areas, then one per round of row blocks across all sheets (each round at
 * most `cellsPerSync` cells), never one per sheet. A round whose response is over Excel's 5 MB
 * (long texts) is read again in halves, down to one row.
 *
 * @example const grids = await readSheets(["Thông tin", "B1 Quán triệt"]);
 */
export async function readSheets(names?: string[], options: ReadOptions = {}): Promise<Grid[]> {
  const features = options.features ?? detectFeatures();
  if (!features.core) throw new HostError("noExcelApi");
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
      const formatted = features.mergedAreas ? ws.getUsedRangeOrNullObject(false) : undefined;
      formatted?.load("rowIndex,columnIndex,rowCount,columnCount");
      return { ws, r, formatted };
    });
    await context.sync();
    // Merged areas only of used ranges known to exist: no call on a possibly-null object.
    const merges = await readMerges(
      context,
      used.flatMap(({ ws, formatted }) =>
        formatted && !formatted.isNullObject
          ? [
              {
                ws,
                name: ws.name,
                row: formatted.rowIndex,
                col: formatted.columnIndex,
                rows: formatted.rowCount,
                cols: formatted.columnCount,
              },
            ]
          : [],
      ),
    );

    const grids: Grid[] = used.map(({ ws }) => ({
      name: ws.name,
      rows: [],
      merges: mergesOf(merges.get(ws.name) ?? []),
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
    while (rounds.length) {
      if (options.signal?.aborted) throw new CancelledError();
      const round = rounds.shift()!;
      const ranges = round.map((p) => {
        const range = sheets
          .getItem(p.sheet)
          .getRange(a1Range(p.row, p.col, p.row + p.rows - 1, p.col + p.cols - 1));
        range.load("values,formulas,numberFormat");
        return { p, range };
      });
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 100,000 cells across all sheets, never per sheet: Excel caps what one response may carry.
        await context.sync();
      } catch (err) {
        if (!isResponseTooLarge(err)) throw err;
        rounds.unshift(...halves(round));
        continue;
      }
      for (const { p, range } of ranges)
        fill(byName.get(p.sheet)!, p, range.values, range.formulas, range.numberFormat);
      done++;
      options.onProgress?.(done, done + rounds.length);
    }
    return grids;
  });
}

/** A round read in two halves: its parts split, or its one part's rows; one row cannot be split. */
function halves(round: Part[]): Part[][] {
  if (round.length > 1) {
    const mid = Math.ceil(round.length / 2);
    return [round.slice(0, mid), round.slice(mid)];
  }
  const [p] = round;
  if (p.rows === 1) throw new HostError("errResponseTooLarge", { sheet: p.sheet, row: p.row + 1 });
  const top = Math.ceil(p.rows / 2);
  return [[{ ...p, rows: top }], [{ ...p, row: p.row + top, rows: p.rows - top }]];
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

/** ["'B 1'!A1:C1", "'B 1'!D4:D5"] → ["A1:C1", "D4:D5"], each once, in order. */
function mergesOf(addresses: string[]): string[] {
  const out = addresses
    .map((a) => a.slice(a.lastIndexOf("!") + 1).replace(/\$/g, ""))
    .filter((a) => parseA1Range(a) !== undefined && a.includes(":"));
  return [...new Set(out)];
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
