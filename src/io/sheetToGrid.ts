import type { CellObject, WorkSheet } from "@e965/xlsx";
import { a1, a1Range } from "../shared/a1/a1";
import { serialFromUtcMs } from "../shared/calendar/serial";
import type { Cell, Grid } from "../shared/model";
import { cellErrorCode } from "./cellErrorCode";
import { isBooleanConstant } from "./isBooleanConstant";

export interface SheetToGridOptions {
  /** Tells whether a number format is a date format (cached per format by the caller). */
  isDateFormat: (format: string) => boolean;
  /** 1462 for workbooks in the 1904 date system, so serials are always 1900-based. */
  serialOffset: number;
  /** Rewrites formula texts into Excel A1 form where the parser left them otherwise. */
  formulaText?: (formula: string) => string;
  /** Called with the number of cells kept; throws to stop reading. */
  count: (cells: number) => void;
}

/**
 * Converts a dense SheetJS worksheet (read with `cellNF`, without `cellDates`) into a Grid:
 * raw values, date-formatted numbers as `{ kind: "date", serial }` (no time-zone shifts),
 * errors as `{ kind: "error", code }`, formula texts beside their cached values, merges in A1.
 *
 * @example sheetToGrid("Biểu 1", ws, "visible", opts).rows[4][2] === 1234
 */
export function sheetToGrid(
  name: string,
  ws: WorkSheet,
  state: Grid["state"],
  opts: SheetToGridOptions,
): Grid {
  const data = (ws["!data"] ?? []) as (CellObject | undefined)[][];
  const rows: Cell[][] = new Array(data.length);
  const formulas: Record<string, string> = {};
  let kept = 0;
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    const row: Cell[] = [];
    if (source) {
      for (let c = 0; c < source.length; c++) {
        const cell = source[c];
        if (!cell) {
          row.push(null);
          continue;
        }
        let value = toCell(cell, opts);
        if (cell.f !== undefined) {
          if (isBooleanConstant(cell.f, value)) {
            value = Boolean(value);
          } else formulas[a1(r, c)] = opts.formulaText ? opts.formulaText(cell.f) : cell.f;
        }
        row.push(value);
      }
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
    }
    rows[r] = row;
    kept += row.length + 1;
  }
  opts.count(kept);
  const merges = (ws["!merges"] ?? []).map((m) => a1Range(m.s.r, m.s.c, m.e.r, m.e.c));
  return { name, rows, merges, formulas, state };
}

function toCell(cell: CellObject, opts: SheetToGridOptions): Cell {
  switch (cell.t) {
    case "s":
      return String(cell.v ?? "");
    case "n": {
      const v = cell.v as number;
      if (cell.z !== undefined && typeof cell.z === "string" && opts.isDateFormat(cell.z)) {
        return { kind: "date", serial: v + opts.serialOffset };
      }
      return v;
    }
    case "b":
      return Boolean(cell.v);
    case "e":
      return { kind: "error", code: cell.w ?? cellErrorCode(cell.v as number) };
    case "d":
      return { kind: "date", serial: serialFromUtcMs((cell.v as Date).getTime()) };
    default:
      return null;
  }
}
