import type { PlanBlock, PlanStyle } from "../../shared/model";
import { jsonBytes } from "./jsonBytes";
import { toExcelInput } from "./toExcelInput";

/** One `values`/`formulas` assignment (and its number formats) covering rows of a plan block. */
export interface BlockWrite {
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** Assign to `formulas` when true, else to `values`. */
  hasFormula: boolean;
  input: Array<Array<string | number | boolean>>;
  /** Number formats to set first; absent when every cell is "General". */
  numberFormat?: string[][];
  /** Request bytes of this write. */
  bytes: number;
}

/**
 * Splits a plan block into writes of whole rows, each at most `maxBytes` of request payload
 * (a single row larger than that stays one write). Number formats come from the cells' styles,
 * with "@" on text Excel would otherwise turn into a formula, number or date.
 *
 * @example blockWrites({ row: 0, col: 0, cells: [[{ v: "1.1" }]] }, {}, 1e6)[0].numberFormat → [["@"]]
 */
export function blockWrites(
  block: PlanBlock,
  styles: Record<string, PlanStyle>,
  maxBytes: number,
): BlockWrite[] {
  const cols = block.cells.reduce((w, r) => Math.max(w, r.length), 0);
  if (cols === 0) return [];
  const out: BlockWrite[] = [];
  let current: BlockWrite | undefined;
  let anyFormat = false;
  const close = () => {
    if (!current) return;
    if (!anyFormat) {
      current.bytes -= jsonBytes(current.numberFormat);
      delete current.numberFormat;
    }
    out.push(current);
    current = undefined;
    anyFormat = false;
  };
  block.cells.forEach((cells, i) => {
    const input: Array<string | number | boolean> = [];
    const formats: string[] = [];
    let formula = false;
    let formatted = false;
    for (let j = 0; j < cols; j++) {
      const cell = cells[j];
      const x = toExcelInput(cell);
      const nf = x.asText ? "@" : (cell?.s && styles[cell.s]?.numberFormat) || "General";
      if (nf !== "General") formatted = true;
      if (x.isFormula) formula = true;
      input.push(x.input);
      formats.push(nf);
    }
    const rowBytes = jsonBytes(input) + jsonBytes(formats) + 2;
    if (current && current.bytes + rowBytes > maxBytes) close();
    if (!current) {
      current = {
        row: block.row + i,
        col: block.col,
        rows: 0,
        cols,
        hasFormula: false,
        input: [],
        numberFormat: [],
        bytes: 4,
      };
    }
    current.rows++;
    current.input.push(input);
    current.numberFormat!.push(formats);
    current.hasFormula ||= formula;
    anyFormat ||= formatted;
    current.bytes += rowBytes;
  });
  close();
  return out;
}
