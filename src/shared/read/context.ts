import { a1 } from "../a1/a1";
import type { FindingParams } from "../findings/findingText";
import { makeFinding } from "../findings/makeFinding";
import type { Cell, Finding, FindingCode, Grid, SourcedValue } from "../model";
import { convertCell, type CellSpec } from "./convertCell";
import type { LegacyEncoding } from "../text/legacy";
import { startsLikeFormula } from "../text/startsLikeFormula";

/**
 * Shared state while reading one workbook: the file name, the findings so far. Findings carry
 * the file name as unit until the unit code is known; `readUnitReport` relabels them at the end.
 */
export class ReadContext {
  readonly findings: Finding[] = [];

  /** A consolidated appendix holds formulas in its value cells by design: no W_FORMULA then. */
  formulasExpected = false;

  /** The legacy font the workbook's text is typed in, if any (see workbookLegacyEncoding). */
  legacyHint: LegacyEncoding | undefined;

  constructor(readonly file: string) {}

  add(
    code: FindingCode,
    where: { sheet?: string; cell?: string; indicator?: string; column?: string },
    params: FindingParams = {},
  ): void {
    this.findings.push(makeFinding(code, { unit: this.file, file: this.file, ...where }, params));
  }

  /**
   * Reads and converts one cell, reporting conversion issues at its address.
   * Returns undefined for empty cells so callers can skip storing them.
   */
  readCell(
    grid: Grid,
    row: number,
    col: number,
    spec: CellSpec,
    where: { indicator?: string; column?: string } = {},
    expectsValue = true,
  ): SourcedValue | undefined {
    const cell = cellAt(grid, row, col);
    const address = a1(row, col);
    // Built only when there is something to report: most cells are clean.
    const place = () => ({ sheet: grid.name, cell: address, ...where });
    const formula = grid.formulas?.[address];
    if (
      formula !== undefined &&
      expectsValue &&
      !this.formulasExpected &&
      cell !== null &&
      !isErrorCell(cell)
    ) {
      this.add("W_FORMULA", place(), { detail: `=${formula}`, value: String(cell) });
    }
    if (formula !== undefined && cell === null) {
      // Saved by a program that writes formulas without computing them: the value is unknown,
      // which is not the same as "not entered" (E_REQUIRED stays quiet for an error's cell).
      this.add("E_NO_CACHED_VALUE", place(), { detail: `=${formula}` });
      return undefined;
    }
    const { v, issues } = convertCell(cell, spec, this.legacyHint);
    for (const issue of issues) this.add(issue.code, place(), issue.params);
    if (typeof v === "string" && spec.type === "text" && startsLikeFormula(v)) {
      this.add("I_FORMULA_TEXT", place(), { value: v });
    }
    if (v === null) return undefined;
    return { v, src: { file: this.file, sheet: grid.name, cell: address } };
  }
}

function isErrorCell(c: Cell): boolean {
  return typeof c === "object" && c !== null && c.kind === "error";
}

/** The cell at (row, col), null when outside the grid. */
export function cellAt(grid: Grid, row: number, col: number): Cell {
  const r = grid.rows[row];
  if (!r) return null;
  const c = r[col];
  return c === undefined ? null : c;
}

/** A cell as plain text for anchoring (labels, codes, headers); dates and errors give "". */
export function cellText(c: Cell): string {
  if (c === null || c === undefined) return "";
  if (typeof c === "string") return c;
  if (typeof c === "number") return String(c);
  if (typeof c === "boolean") return c ? "TRUE" : "FALSE";
  return "";
}
