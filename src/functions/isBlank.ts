/**
 * Whether a value Excel passed stands for an empty cell: omitted optional arguments come as null
 * or undefined, empty cells in ranges as "".
 *
 * @example isBlank("  ") === true
 * @example isBlank(0) === false
 */
export function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}
