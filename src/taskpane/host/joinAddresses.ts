/**
 * Packs A1 ranges into comma-separated lists of at most `maxChars` characters, for
 * `Worksheet.getRanges` (one call formats many rectangles).
 *
 * @example joinAddresses(["A1", "B2:C3", "D4"], 8) → ["A1,B2:C3", "D4"]
 */
export function joinAddresses(ranges: string[], maxChars: number): string[] {
  const out: string[] = [];
  let cur = "";
  for (const r of ranges) {
    if (cur && cur.length + 1 + r.length > maxChars) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${r}` : r;
  }
  if (cur) out.push(cur);
  return out;
}
