import { excelError, type ExcelErrorCode } from "./excelError";
import { localized, type Bilingual } from "./localized";

/**
 * Stops a function with an Excel error whose message is in the functions' language. Throwing is
 * how a custom function returns an error to its cell (Office's documented way).
 *
 * @example fail("notAvailable", { vi: "Không có cấp XX", en: "No level XX" }) // the cell shows #N/A
 */
export function fail(code: ExcelErrorCode, message: Bilingual): never {
  throw excelError(code, localized(message));
}
