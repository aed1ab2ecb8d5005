import { a1, a1Range } from "../../shared/a1/a1";
import type { PlanSheet } from "../../shared/model";

/** The cells of one named style as A1 rectangles. */
export interface StyleArea {
  style: string;
  ranges: string[];
}

/**
 * Groups a sheet's styled cells by style name into few rectangles (runs along rows, merged down
 * over rows with the same run), so formatting costs one call per style and property, not one per
 * cell. Styles are listed by name, rectangles top to bottom, for deterministic requests.
 *
 * @example styleAreas(sheet) → [{ style: "header", ranges: ["A4:F5"] }, { style: "label", ranges: ["B6:B40"] }]
 */
export function styleAreas(sheet: Pick<PlanSheet, "blocks">): StyleArea[] {
  const byStyle = new Map<string, Map<number, Set<number>>>();
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, i) => {
      cells.forEach((cell, j) => {
        if (!cell?.s) return;
        let rows = byStyle.get(cell.s);
        if (!rows) byStyle.set(cell.s, (rows = new Map()));
        const r = block.row + i;
        let set = rows.get(r);
        if (!set) rows.set(r, (set = new Set()));
        set.add(block.col + j);
      });
    });
  }
  return [...byStyle.keys()]
    .sort()
    .map((style) => ({ style, ranges: rectangles(byStyle.get(style)!) }));
}

function rectangles(rows: Map<number, Set<number>>): string[] {
  type Open = { r1: number; r2: number; c1: number; c2: number };
  const done: Open[] = [];
  let open = new Map<string, Open>();
  for (const r of [...rows.keys()].sort((x, y) => x - y)) {
    const cols = [...rows.get(r)!].sort((x, y) => x - y);
    const next = new Map<string, Open>();
    for (let k = 0; k < cols.length;) {
      let e = k;
      while (e + 1 < cols.length && cols[e + 1] === cols[e] + 1) e++;
      const key = `${cols[k]}:${cols[e]}`;
      const prev = open.get(key);
      if (prev && prev.r2 === r - 1) {
        prev.r2 = r;
        open.delete(key);
        next.set(key, prev);
      } else next.set(key, { r1: r, r2: r, c1: cols[k], c2: cols[e] });
      k = e + 1;
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  done.sort((x, y) => x.r1 - y.r1 || x.c1 - y.c1);
  return done.map((o) =>
    o.r1 === o.r2 && o.c1 === o.c2 ? a1(o.r1, o.c1) : a1Range(o.r1, o.c1, o.r2, o.c2),
  );
}
