import { a1Range } from "../a1/a1";
import { PRINT_MARGINS_MM, type PlanPrint } from "../model/plan";

const MM = 72 / 25.4;
/** Printable width of A4 (210 × 297 mm) inside the official margins, in points. */
export const PRINTABLE_WIDTH_PT = {
  portrait: (210 - PRINT_MARGINS_MM.left - PRINT_MARGINS_MM.right) * MM,
  landscape: (297 - PRINT_MARGINS_MM.left - PRINT_MARGINS_MM.right) * MM,
};

/**
 * A column's printed width in points for a width in characters of the workbook's font (Times New
 * Roman 12: a digit is 8 px = 6 pt wide) plus the 5 px of padding Excel adds to every column.
 *
 * @example columnWidthPt(10) === 63.75
 */
export function columnWidthPt(chars: number): number {
  return chars * 6 + 3.75;
}

/** The smallest text the rules allow on paper. */
const SMALLEST_PRINTED_PT = 8;

export interface PrintLayoutInput {
  /** Column widths in characters, by 0-based column (the sheet's `columnWidths`). */
  widths: number[];
  /** Last printed row (0-based). */
  lastRow: number;
  /** Printed columns (0-based, inclusive); columns after `lastCol` (internal ones) do not print. */
  lastCol: number;
  /** Header rows to repeat on every page. */
  repeatRows?: { first: number; last: number };
  /** Columns naming the unit, repeated at the left of every page when the table is split. */
  repeatCols?: { first: number; last: number };
  /** 0-based columns where a group of columns starts (an indicator's years): pages split there. */
  groupStarts?: number[];
  /** The smallest font size the sheet uses (pt): shrinking may not take it below 8 pt. */
  smallestFontPt?: number;
}

/**
 * How a sheet prints on A4 without shrinking text below 8 pt: portrait when it fits, landscape
 * when that fits, otherwise split into pages of whole column groups with the unit columns and
 * header rows repeated on each (a sheet with no groups is shrunk, if 8 pt allows, as a last resort).
 *
 * @example printLayout({ widths: [6, 45, 40], lastRow: 12, lastCol: 2 }).landscape === false
 */
export function printLayout(input: PrintLayoutInput): PlanPrint {
  const width = (from: number, to: number) => {
    let w = 0;
    for (let c = from; c <= to; c++) w += columnWidthPt(input.widths[c] ?? 10);
    return w;
  };
  const total = width(0, input.lastCol);
  const base: PlanPrint = {
    landscape: total > PRINTABLE_WIDTH_PT.portrait,
    fitToWidth: false,
    area: a1Range(0, 0, input.lastRow, input.lastCol),
    ...(input.repeatRows ? { repeatRows: input.repeatRows } : {}),
  };
  if (total <= PRINTABLE_WIDTH_PT.landscape) return base;
  // Shrinking is a last resort (DESIGN: split wide tables, never shrink them): only for a sheet
  // with nothing to split on, and only while its smallest text stays at 8 pt.
  if (
    !input.repeatCols &&
    !input.groupStarts?.length &&
    PRINTABLE_WIDTH_PT.landscape / total >= SMALLEST_PRINTED_PT / (input.smallestFontPt ?? 11)
  )
    return { ...base, fitToWidth: true };
  // Split: each page holds the repeated columns and as many whole groups as fit beside them.
  const repeated = input.repeatCols ? width(input.repeatCols.first, input.repeatCols.last) : 0;
  const room = PRINTABLE_WIDTH_PT.landscape - repeated;
  const firstFree = input.repeatCols ? input.repeatCols.last + 1 : 0;
  const starts = [...new Set([...(input.groupStarts ?? []), input.lastCol + 1])]
    .filter((c) => c > firstFree && c <= input.lastCol + 1)
    .sort((a, b) => a - b);
  const breaks: number[] = [];
  let pageStart = firstFree;
  let prev = firstFree;
  for (const start of starts) {
    // A page starts before this group when the groups since the page start no longer fit.
    if (width(pageStart, start - 1) > room && prev > pageStart) {
      breaks.push(prev);
      pageStart = prev;
    }
    prev = start;
  }
  return {
    ...base,
    landscape: true,
    ...(input.repeatCols ? { repeatCols: input.repeatCols } : {}),
    ...(breaks.length ? { colBreaks: breaks } : {}),
  };
}
