/**
 * Splits a cell listing several items: one item per line when the cell has line breaks (so an
 * item may contain ";"), else separated by ";". Items are trimmed; blanks are dropped.
 *
 * @example splitList("CQ; DN") // ["CQ", "DN"]
 * @example splitList("a;b\nc") // ["a;b", "c"]
 */
export function splitList(text: string): string[] {
  const parts = /[\r\n]/.test(text) ? text.split(/\r?\n|\r/) : text.split(";");
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

/**
 * Joins items for one cell: with "; " unless an item contains ";", then one item per line, so
 * that splitList reads back the same items.
 *
 * @example joinList(["CQ", "DN"]) === "CQ; DN"
 * @example joinList(["a;b", "c"]) === "a;b\nc"
 * @example joinList(["a;b"]) === "a;b\n"
 */
export function joinList(items: readonly string[]): string {
  if (!items.some((i) => i.includes(";"))) return items.join("; ");
  // A lone item still needs a line break, or its ";" would be read as a separator.
  return items.length === 1 ? items[0] + "\n" : items.join("\n");
}
