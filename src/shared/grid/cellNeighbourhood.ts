import { a1, columnLetters, parseA1 } from "../a1/a1";
import { dmyFromSerial } from "../calendar/serial";
import { isCellDate, isCellError, type Cell, type Grid } from "../model";

export interface Neighbourhood {
  /** Column letters shown, left to right. */
  columns: string[];
  rows: Array<{ row: number; cells: Array<{ address: string; text: string; target: boolean }> }>;
}

/**
 * A cell and the cells around it as the file holds them, as text, so a finding about a unit's
 * file can be seen in place (the label to its left, the header above) without opening the file.
 * Undefined for an address that is not A1.
 *
 * @example cellNeighbourhood(grid, "D7", 2).rows[2].cells[2] // { address: "D7", text: "-5", target: true }
 */
export function cellNeighbourhood(
  grid: Grid,
  address: string,
  radius = 2,
): Neighbourhood | undefined {
  const at = parseA1(address);
  if (!at) return undefined;
  const c1 = Math.max(0, at.col - radius);
  const r1 = Math.max(0, at.row - radius);
  const columns: string[] = [];
  for (let c = c1; c <= at.col + radius; c++) columns.push(columnLetters(c));
  const rows: Neighbourhood["rows"] = [];
  for (let r = r1; r <= at.row + radius; r++) {
    const cells = [];
    for (let c = c1; c <= at.col + radius; c++) {
      cells.push({
        address: a1(r, c),
        text: cellText(grid.rows[r]?.[c] ?? null),
        target: r === at.row && c === at.col,
      });
    }
    rows.push({ row: r + 1, cells });
  }
  return { columns, rows };
}

/** @example cellText(1234.5) === "1.234,5"; cellText({ kind: "date", serial: 44321 }) === "05/05/2021" */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return cell.toLocaleString("vi-VN", { maximumFractionDigits: 6 });
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (isCellDate(cell)) return dmyFromSerial(cell.serial);
  if (isCellError(cell)) return cell.code;
  return cell;
}
