/**
 * Drops undefined entries, so the schema's defaults apply to what the sheet left out.
 *
 * @example compact({ a: 1, b: undefined }) // { a: 1 }
 */
export function compact(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
