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
 * The codes whose message Excel shows. Microsoft, "Handle and return errors from your custom
 * function" (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors): "You
 * can only return a custom error message with the #VALUE! and #N/A errors." What Excel does with a
 * message given to another code is not documented; we never give one.
 */
const WITH_MESSAGE: ReadonlySet<ExcelErrorCode> = new Set(["invalidValue", "notAvailable"]);

/**
 * An Excel error; the message is kept for #VALUE! and #N/A only, the two codes Excel shows it for.
 *
 * @example excelError("notAvailable", "Không có cấp XX").code === "#N/A"
 * @example excelError("invalidNumber", "ngoài khoảng").message === ""
 */
export function excelError(code: ExcelErrorCode, message?: string): ExcelError {
  const shown = WITH_MESSAGE.has(code) ? message : undefined;
  const cf = runtime();
  if (cf) {
    const runtimeCode = cf.ErrorCode?.[code] ?? ERROR_TEXT[code];
    return shown === undefined ? new cf.Error(runtimeCode) : new cf.Error(runtimeCode, shown);
  }
  return new StandInExcelError(ERROR_TEXT[code], shown);
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
