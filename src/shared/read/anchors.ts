import type { Cell, Grid } from "../model";
import { foldLabel, normalizeLabel } from "../text/normalizeLabel";
import { cellAt, cellText } from "./context";
import { fixLegacyText } from "../text/legacy";
import { memoizeText } from "../text/memoizeText";

/** How many rows from the top are searched for titles and header rows. */
export const HEADER_SEARCH_ROWS = 25;

/**
 * normalizeLabel after repairing legacy-encoded text, so TCVN3 labels still anchor. Cached: every
 * unit's workbook repeats the template's headers, codes and labels.
 *
 * @example anchorText("Sè ®¶ng viªn") === "so dang vien"
 */
export const anchorText = memoizeText((raw: string): string =>
  raw === "" ? "" : normalizeLabel(fixLegacyText(raw).text),
);

/**
 * The anchor text of a grid cell. Text goes through the cache; numbers and booleans, which
 * differ from unit to unit and need no legacy repair, are folded directly.
 *
 * @example cellAnchor("Số đảng viên:") === "so dang vien"; cellAnchor(1.1) === "1.1"
 */
export function cellAnchor(cell: Cell): string {
  if (typeof cell === "string") return anchorText(cell);
  const text = cellText(cell);
  return text === "" ? "" : foldLabel(text);
}

/** How many adjacent rows a header may span (a group header above its columns, merged cells). */
const HEADER_BAND_ROWS = 3;

/**
 * Finds the header: the band of up to three adjacent rows among the first rows whose cells match
 * the most of the expected header texts (at least `minHits`), so a group header ("Kết quả thực
 * hiện" above "Số lượng", with STT and "Chỉ tiêu" merged down beside it) still finds every
 * column. Returns the band's last row holding a header (data starts below it) and a map
 * normalized header → column (the upper row wins when two rows name the same header).
 *
 * @example findHeaderRow(grid, ["STT", "Chỉ tiêu", "Số lượng"], 2) // { row: 4, columns: … }
 */
export function findHeaderRow(
  grid: Grid,
  expected: string[],
  minHits: number,
): { row: number; columns: Map<string, number> } | undefined {
  const wanted = new Set(expected.map(normalizeLabel));
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  const hits: Array<Map<string, number>> = [];
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r];
    const columns = new Map<string, number>();
    hits.push(columns);
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const t = cellAnchor(cellAt(grid, r, c));
      if (t && wanted.has(t) && !columns.has(t)) columns.set(t, c);
    }
    // A row holding every header cannot be beaten (ties go to the first): stop looking.
    if (columns.size === wanted.size) return { row: r, columns };
  }
  let best: { row: number; columns: Map<string, number> } | undefined;
  for (let r = 0; r < limit; r++) {
    if (hits[r].size === 0) continue;
    const columns = new Map(hits[r]);
    let last = r;
    for (let b = r + 1; b < Math.min(limit, r + HEADER_BAND_ROWS); b++) {
      let gained = false;
      for (const [t, c] of hits[b])
        if (!columns.has(t)) {
          columns.set(t, c);
          gained = true;
        }
      if (gained) last = b;
    }
    if (columns.size >= minHits && (!best || columns.size > best.columns.size))
      best = { row: last, columns };
    if (best?.columns.size === wanted.size) break;
  }
  return best;
}

/** Whether any of the first rows holds the given title text (normalized, whole cell). */
export function hasTitle(grid: Grid, title: string): boolean {
  const want = normalizeLabel(title);
  const limit = Math.min(grid.rows.length, 6);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    for (let c = 0; c < Math.min(row.length, 6); c++) {
      if (cellAnchor(row[c] ?? null) === want) return true;
    }
  }
  return false;
}

/**
 * Normalizes an STT code cell: "1." → "1", " 2.a " → "2.a", number 1.2 → "1.2", "I" stays.
 */
export function normalizeCode(raw: string): string {
  return raw.trim().replace(/\.$/, "").replace(/\s+/g, "").toLowerCase();
}
