import { isCellDate, isCellError, type Cell } from "../model";
import { toNfc } from "../text";

/**
 * The text of a cell as typed in the outline sheets: NFC, trimmed; numbers as JavaScript writes
 * them (a code typed as 1.2 reads "1.2"), booleans as TRUE/FALSE. Dates and error values are not
 * text: they give undefined so the caller can say what went wrong.
 *
 * @example cellText("  Số cuộc ") === "Số cuộc"
 * @example cellText(7) === "7"
 * @example cellText(null) === ""
 * @example cellText({ kind: "date", serial: 45000 }) === undefined
 */
export function cellText(cell: Cell | undefined): string | undefined {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return toNfc(cell).trim();
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : undefined;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (isCellDate(cell) || isCellError(cell)) return undefined;
  return undefined;
}
