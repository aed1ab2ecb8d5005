import { excelError, isExcelError } from "./excelError";
import { localized } from "./localized";

/**
 * Runs a function's body so that nothing but an Excel error leaves it: the core's RangeErrors
 * (a date or a result beyond the calendar) become #NUM!, any other exception #VALUE!, each with
 * its message, rather than a failed calculation.
 *
 * @example guarded(() => { throw new TypeError("x"); }) // throws #VALUE! "Lỗi không mong đợi: x"
 */
export function guarded<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (isExcelError(e)) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    if (e instanceof RangeError) throw excelError("invalidNumber", detail);
    throw excelError(
      "invalidValue",
      localized({ vi: `Lỗi không mong đợi: ${detail}`, en: `Unexpected error: ${detail}` }),
    );
  }
}
