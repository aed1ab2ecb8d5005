import type { Grid } from "../model";
import type { SourceLocation } from "./problem";
import type { ProblemSink } from "./problemSink";
import type { Table, TableRow } from "./readTable";
import { RowReader } from "./rowReader";

/**
 * A table read from a grid, able to name its cells: what the readers and the schema-issue
 * locator share.
 *
 * @example new TableSource(grid, readTable(grid, ITEM_COLUMNS)).at(11, "type") // E12
 */
export class TableSource<K extends string> {
  constructor(
    readonly grid: Grid,
    readonly table: Table<K>,
  ) {}

  get name(): string {
    return this.grid.name;
  }

  /** The cell of a column in a row; the row alone when the column is absent or not given. */
  at(row: number | undefined, key?: K): SourceLocation {
    const col = key === undefined ? undefined : this.table.columns[key];
    return { sheet: this.grid.name, row, ...(col === undefined ? {} : { col }) };
  }

  /** The header row, for problems about the table as a whole. */
  headerAt(): SourceLocation {
    return {
      sheet: this.grid.name,
      ...(this.table.headerRow >= 0 ? { row: this.table.headerRow } : {}),
    };
  }

  /** A reader for each data row. */
  readers(sink: ProblemSink): Array<RowReader<K>> {
    return this.table.rows.map(
      (tr: TableRow<K>) => new RowReader(this.grid.name, this.table, tr, sink),
    );
  }
}
