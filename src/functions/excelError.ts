/** The Excel errors the functions give, by the names of `CustomFunctions.ErrorCode`. */
export type ExcelErrorCode = "invalidValue" | "notAvailable" | "invalidNumber" | "divisionByZero";

/** What the cell shows for each code (the runtime's own enum values). */
export const ERROR_TEXT: Record<ExcelErrorCode, string> = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  invalidNumber: "#NUM!",
  divisionByZero: "#DIV/0!",
};

/** An Excel error value: the Office runtime's `CustomFunctions.Error`, or our stand-in outside it. */
export interface ExcelError extends Error {
  code: string;
}

interface CustomFunctionsGlobal {
  Error: new (code: string, message?: string) => Error & { code: string };
  ErrorCode: Record<string, string>;
}

/** Outside Office (CLI, tests without a stand-in) an error still carries Excel's code. */
class StandInExcelError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = "ExcelError";
  }
}

function runtime(): CustomFunctionsGlobal | undefined {
  const cf = (globalThis as { CustomFunctions?: Partial<CustomFunctionsGlobal> }).CustomFunctions;
  return cf && typeof cf.Error === "function" ? (cf as CustomFunctionsGlobal) : undefined;
}

/**
 * An Excel error with a message (Excel shows the message for #VALUE! and #N/A).
 *
 * @example excelError("notAvailable", "Không có cấp XX").code === "#N/A"
 */
export function excelError(code: ExcelErrorCode, message?: string): ExcelError {
  const cf = runtime();
  if (cf) return new cf.Error(cf.ErrorCode?.[code] ?? ERROR_TEXT[code], message);
  return new StandInExcelError(ERROR_TEXT[code], message);
}

const CODES = new Set(Object.values(ERROR_TEXT).concat(["#NULL!", "#NAME?", "#REF!"]));

/**
 * Whether a value is an Excel error: one we made, or one Excel passed in from a cell.
 *
 * @example isExcelError(excelError("invalidValue")) === true
 */
export function isExcelError(value: unknown): value is ExcelError {
  if (!value || typeof value !== "object") return false;
  const cf = runtime();
  if (cf && value instanceof cf.Error) return true;
  if (value instanceof StandInExcelError) return true;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" && CODES.has(code);
}
