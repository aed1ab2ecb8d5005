import type { Cell, Grid } from "../shared/model";

/**
 * Grids as a few typed arrays and one list of texts, which cross to another thread in a fraction
 * of the time the Grids' own millions of small values take (they are moved, not copied). Cells go
 * row by row, sheet after sheet: a kind each, and a number each (the value, a date's serial, or
 * the index of a text or error code in `texts`).
 */
export interface PackedGrids {
  sheets: Array<{ name: string; rowCount: number; rest: Omit<Grid, "name" | "rows"> }>;
  rowLengths: Int32Array;
  kinds: Uint8Array;
  numbers: Float64Array;
  texts: string[];
}

const EMPTY = 0;
const NUMBER = 1;
const TEXT = 2;
const TRUE = 3;
const FALSE = 4;
const DATE = 5;
const ERROR = 6;
/** A row's missing element (a sparse array), kept missing. */
const HOLE = 7;

/**
 * Packs Grids for another thread (see PackedGrids); unpackGrids gives them back equal, to the
 * last -0, NaN and missing element.
 *
 * @example unpackGrids(packGrids(grids)) // deep-equal to grids
 */
export function packGrids(grids: Grid[]): PackedGrids {
  let rowCount = 0;
  let cellCount = 0;
  for (const grid of grids) {
    rowCount += grid.rows.length;
    for (const row of grid.rows) cellCount += row.length;
  }
  const rowLengths = new Int32Array(rowCount);
  const kinds = new Uint8Array(cellCount);
  const numbers = new Float64Array(cellCount);
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  const indexOf = (text: string) => {
    let i = textIndex.get(text);
    if (i === undefined) {
      i = texts.push(text) - 1;
      textIndex.set(text, i);
    }
    return i;
  };
  let r = 0;
  let k = 0;
  for (const grid of grids) {
    for (const row of grid.rows) {
      rowLengths[r++] = row.length;
      for (let c = 0; c < row.length; c++, k++) {
        const cell = row[c];
        if (cell === null) continue;
        if (typeof cell === "number") {
          kinds[k] = NUMBER;
          numbers[k] = cell;
        } else if (typeof cell === "string") {
          kinds[k] = TEXT;
          numbers[k] = indexOf(cell);
        } else if (typeof cell === "boolean") kinds[k] = cell ? TRUE : FALSE;
        else if (cell === undefined) kinds[k] = HOLE;
        else if (cell.kind === "date") {
          kinds[k] = DATE;
          numbers[k] = cell.serial;
        } else {
          kinds[k] = ERROR;
          numbers[k] = indexOf(cell.code);
        }
      }
    }
  }
  const sheets = grids.map(({ name, rows, ...rest }) => ({ name, rowCount: rows.length, rest }));
  return { sheets, rowLengths, kinds, numbers, texts };
}

/**
 * The Grids a PackedGrids holds, as they were packed.
 *
 * @example unpackGrids(packGrids([grid]))[0].rows[5][3] === grid.rows[5][3]
 */
export function unpackGrids(packed: PackedGrids): Grid[] {
  const { rowLengths, kinds, numbers, texts } = packed;
  let r = 0;
  let k = 0;
  return packed.sheets.map(({ name, rowCount, rest }) => {
    const rows: Cell[][] = [];
    for (let i = 0; i < rowCount; i++) {
      const length = rowLengths[r++];
      // Pushed one by one, as the readers build rows, so V8 keeps them packed arrays.
      const row: Cell[] = [];
      for (let c = 0; c < length; c++, k++) {
        switch (kinds[k]) {
          case EMPTY:
            row.push(null);
            break;
          case NUMBER:
            row.push(numbers[k]);
            break;
          case TEXT:
            row.push(texts[numbers[k]]);
            break;
          case TRUE:
            row.push(true);
            break;
          case FALSE:
            row.push(false);
            break;
          case DATE:
            row.push({ kind: "date", serial: numbers[k] });
            break;
          case ERROR:
            row.push({ kind: "error", code: texts[numbers[k]] });
            break;
          default:
            row.length++;
        }
      }
      rows.push(row);
    }
    // Keys in the readers' order, so the Grids share their shape.
    return { name, rows, ...rest };
  });
}

/** The buffers to move with a PackedGrids (postMessage's transfer list). */
export function packedBuffers(packed: PackedGrids): ArrayBuffer[] {
  return [packed.rowLengths.buffer, packed.kinds.buffer, packed.numbers.buffer] as ArrayBuffer[];
}
