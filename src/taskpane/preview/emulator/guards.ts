import { EmuError } from "./emuError";
import { type Scalar } from "./formulaEngine";
import { type RangeTarget } from "./geometry";
import { type EmuConstant, parseExcelInput } from "./parseExcelInput";
import { type EmuWorkbook, type EmuCell, type EmuSheet } from "./workbookModel";

/**
 * Excel's sheet-name rule: 1–31 characters, none of [ ] : * ? / \, not starting or ending with
 * an apostrophe. https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
 */
export function checkSheetName(n: string): void {
  if (
    n.length === 0 ||
    n.length > 31 ||
    /[[\]:*?/\\]/.test(n) ||
    n.startsWith("'") ||
    n.endsWith("'")
  )
    throw new EmuError("InvalidArgument", `The argument is invalid or missing: sheet name '${n}'.`);
}

/**
 * Refuses a change to the workbook's structure while it is protected (Review › Protect Workbook,
 * https://support.microsoft.com/office/protect-a-workbook-7e365a4d-3e89-4616-84ca-1931257c1517).
 * The error Office.js gives is not documented; the emulation answers AccessDenied.
 */
export function guardStructure(book: EmuWorkbook): void {
  if (book.structureProtected)
    throw new EmuError("AccessDenied", "The workbook's structure is protected.");
}

export function cellsOf(t: RangeTarget): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let r = t.r1; r <= t.r2; r++) for (let c = t.c1; c <= t.c2; c++) out.push([r, c]);
  return out;
}

export function guardLocked(t: RangeTarget): void {
  if (!t.sheet.protected) return;
  for (const [r, c] of cellsOf(t)) {
    if (t.sheet.cell(r, c)?.format.locked ?? true) {
      throw new EmuError(
        "AccessDenied",
        "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
      );
    }
  }
}

export function guardFormat(sheet: EmuSheet): void {
  if (sheet.protected) {
    throw new EmuError("AccessDenied", "You can't change formatting on a protected sheet.");
  }
}

export function checkMatrix(t: RangeTarget, m: unknown): unknown[][] {
  const rows = t.r2 - t.r1 + 1;
  const cols = t.c2 - t.c1 + 1;
  if (
    !Array.isArray(m) ||
    m.length !== rows ||
    m.some((r) => !Array.isArray(r) || r.length !== cols)
  ) {
    throw new EmuError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
    );
  }
  return m as unknown[][];
}

export function displayValue(v: Scalar): unknown {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  return v;
}

export function writeInput(cell: EmuCell, input: unknown): void {
  const parsed = parseExcelInput(input as EmuConstant | null, cell.numberFormat);
  cell.formula = undefined;
  cell.quotePrefix = undefined;
  if (parsed.kind === "empty") cell.value = null;
  else if (parsed.kind === "formula") {
    cell.value = null;
    cell.formula = parsed.formula;
  } else {
    cell.value = parsed.value;
    if (parsed.quotePrefix) cell.quotePrefix = true;
    if (parsed.numberFormat && cell.numberFormat === "General")
      cell.numberFormat = parsed.numberFormat;
  }
}
