import type { Cell, Grid } from "../model";
import { normalizeLabel } from "../text";
import type { ColumnSpec } from "./layout";

export interface TableRow<K extends string> {
  /** 0-based row index in the grid. */
  row: number;
  cells: Partial<Record<K, Cell>>;
}

export interface Table<K extends string> {
  /** 0-based index of the header row, -1 when no header was recognised. */
  headerRow: number;
  /** 0-based column of each header found. */
  columns: Partial<Record<K, number>>;
  /** Required columns whose header was not found. */
  missing: ColumnSpec<K>[];
  /** Non-blank rows below the header (blank as far as the known columns go). */
  rows: TableRow<K>[];
}

/** Whether a header cell names a column: any of its spellings, compared as labels. */
export function headerMatches(
  spec: Pick<ColumnSpec, "vi" | "en" | "aliases">,
  cell: Cell | undefined,
): boolean {
  if (typeof cell !== "string") return false;
  const key = normalizeLabel(cell);
  return (
    key !== "" && [spec.vi, spec.en, ...(spec.aliases ?? [])].some((s) => normalizeLabel(s) === key)
  );
}

/**
 * Reads a table by its header texts, wherever it starts and in whatever column order: the header
 * row is the row naming the most required columns (the first such row on a tie); extra columns
 * are ignored and rows blank in every known column are skipped.
 *
 * @example readTable(grid, ITEM_COLUMNS).columns.type // 4 when "Kiểu" is in column E
 */
export function readTable<K extends string>(grid: Grid, specs: readonly ColumnSpec<K>[]): Table<K> {
  let headerRow = -1;
  let best = 0;
  grid.rows.forEach((row, r) => {
    const score = specs.filter(
      (s) => s.required && (row ?? []).some((c) => headerMatches(s, c)),
    ).length;
    if (score > best) {
      best = score;
      headerRow = r;
    }
  });
  const columns: Partial<Record<K, number>> = {};
  if (headerRow >= 0) {
    const header = grid.rows[headerRow] ?? [];
    for (const spec of specs) {
      const col = header.findIndex((c) => headerMatches(spec, c));
      if (col >= 0) columns[spec.key] = col;
    }
  }
  const missing = specs.filter((s) => s.required && columns[s.key] === undefined);
  const rows: TableRow<K>[] = [];
  if (headerRow >= 0) {
    for (let r = headerRow + 1; r < grid.rows.length; r++) {
      const row = grid.rows[r] ?? [];
      const cells: Partial<Record<K, Cell>> = {};
      let blank = true;
      for (const spec of specs) {
        const col = columns[spec.key];
        if (col === undefined) continue;
        const cell = row[col] ?? null;
        cells[spec.key] = cell;
        if (cell !== null && !(typeof cell === "string" && cell.trim() === "")) blank = false;
      }
      if (!blank) rows.push({ row: r, cells });
    }
  }
  return { headerRow, columns, missing, rows };
}
