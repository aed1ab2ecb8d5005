import type { Cell } from "../model";
import { parseNumberText } from "../text";

/**
 * A number from a cell: a number as is, or text typed in Vietnamese or English writing
 * ("1,5", "1.5", "1.000"); a trailing "%" divides by 100 because percentages are stored as
 * fractions. Empty cells give null; anything else gives undefined.
 *
 * @example cellNumber(3) === 3
 * @example cellNumber("1,5") === 1.5
 * @example cellNumber("95%") === 0.95
 * @example cellNumber(" ") === null
 * @example cellNumber("nhiều") === undefined
 */
export function cellNumber(cell: Cell | undefined): number | null | undefined {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== "string") return undefined;
  if (cell.trim() === "") return null;
  const parsed = parseNumberText(cell);
  if (!parsed) return undefined;
  // Dividing can leave binary noise (95,5 / 100 = 0.9550000000000001); 12 digits is plenty.
  return parsed.percent ? Number((parsed.value / 100).toPrecision(12)) : parsed.value;
}
