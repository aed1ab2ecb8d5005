import { makeProblem, type OutlineSheetProblem, type SourceLocation } from "./problem";

/**
 * Collects problems and remembers which cells and rows already have one, so that a schema
 * issue caused by the same mistake (a type left out because its word was unknown) is not
 * reported a second time.
 *
 * @example
 * const sink = new ProblemSink();
 * sink.add({ sheet: "Đề cương", row: 5, col: 0 }, "sai", "wrong");
 * sink.covers({ sheet: "Đề cương", row: 5 }) === true
 */
export class ProblemSink {
  readonly problems: OutlineSheetProblem[] = [];
  private readonly cells = new Set<string>();
  private readonly rows = new Set<string>();

  add(where: SourceLocation, vi: string, en: string): void {
    this.problems.push(makeProblem(where, vi, en));
    this.cells.add(cellKey(where));
    if (where.row !== undefined) this.rows.add(`${where.sheet}|${where.row}`);
  }

  /** Whether a problem is already reported at this cell, or anywhere in this row when no column is given. */
  covers(where: SourceLocation): boolean {
    if (this.cells.has(cellKey(where))) return true;
    return where.col === undefined && this.rows.has(`${where.sheet}|${where.row}`);
  }
}

function cellKey(where: SourceLocation): string {
  return `${where.sheet}|${where.row ?? ""}|${where.col ?? ""}`;
}
