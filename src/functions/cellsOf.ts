/**
 * The cells of a range argument as rows: Excel passes ranges as arrays of rows, a single value
 * as itself (when the metadata says scalar), and nothing for an omitted argument.
 *
 * @example cellsOf([[1, 2], [3, 4]]) → [[1, 2], [3, 4]]
 * @example cellsOf(5) → [[5]]
 * @example cellsOf(null) → []
 */
export function cellsOf(value: unknown): unknown[][] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return [[value]];
  if (value.every(Array.isArray)) return value as unknown[][];
  return [value];
}
