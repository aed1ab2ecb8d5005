import type { Grid, OutlineSheet } from "../model";
import { normalizeLabel } from "../text/normalizeLabel";
import { hasTitle } from "./anchors";

/**
 * Finds the grid of each outline sheet: by the tab name the meta sheet recorded, then by the
 * outline's tab name (normalized), then by the title text at the top of the sheet — so renamed
 * and reordered sheets are still found. Each grid is used at most once.
 */
export function locateSheets(
  grids: Grid[],
  sheets: OutlineSheet[],
  metaNames: Record<string, string>,
): Map<string, Grid> {
  const found = new Map<string, Grid>();
  const taken = new Set<Grid>();
  const claim = (id: string, g: Grid | undefined): void => {
    if (g && !taken.has(g) && !found.has(id)) {
      found.set(id, g);
      taken.add(g);
    }
  };
  for (const s of sheets) {
    const metaName = metaNames[s.id];
    if (metaName)
      claim(
        s.id,
        grids.find((g) => g.name === metaName),
      );
  }
  for (const s of sheets) {
    const want = normalizeLabel(s.name);
    claim(
      s.id,
      grids.find((g) => !taken.has(g) && normalizeLabel(g.name) === want),
    );
  }
  for (const s of sheets) {
    if (!found.has(s.id))
      claim(
        s.id,
        grids.find((g) => !taken.has(g) && hasTitle(g, s.title)),
      );
  }
  return found;
}
