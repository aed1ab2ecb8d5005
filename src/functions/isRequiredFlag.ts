import { isExcelError } from "./excelError";
import { fail } from "./fail";
import { isBlank } from "./isBlank";

const YES = new Set(["x", "1", "true", "có", "co"]);
const NO = new Set(["0", "false", "không", "khong"]);

/**
 * Reads a cell of COMPLETION's `required` range: TRUE, 1 or "x" mark a required cell; FALSE, 0 or
 * a blank an optional one (the Vietnamese "có"/"không" too); anything else → #VALUE!.
 *
 * @example isRequiredFlag("X") === true
 * @example isRequiredFlag("") === false
 */
export function isRequiredFlag(cell: unknown): boolean {
  if (isExcelError(cell)) throw cell;
  if (isBlank(cell)) return false;
  if (typeof cell === "boolean") return cell;
  const key = String(cell).trim().toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return fail("invalidValue", {
    vi: `Ô "bắt buộc" phải là TRUE/FALSE, 1/0 hoặc "x": ${String(cell)}`,
    en: `A "required" cell must be TRUE/FALSE, 1/0 or "x": ${String(cell)}`,
  });
}
