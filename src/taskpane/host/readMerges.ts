/** A used range whose merged areas are wanted (0-based). */
export interface MergeTarget {
  ws: Excel.Worksheet;
  name: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * The merged areas of used ranges, by sheet name (addresses as Excel gives them, comma-split).
 * `getMergedAreasOrNullObject` "will fail to return the result" when a range holds more than 512
 * merged areas (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)),
 * and a failed request fails the whole sync: so all sheets are asked in one sync, and when that
 * fails each sheet is asked again in row blocks halved until each block answers. A merge across
 * two blocks is reported by both and kept once by the caller. Whether Excel reports such a merge
 * whole or cut to the block is not documented; the readers only use the merge's first cell.
 *
 * @example const merges = await readMerges(context, [{ ws, name: "B1", row: 0, col: 0, rows: 40, cols: 9 }]);
 */
export async function readMerges(
  context: Excel.RequestContext,
  targets: MergeTarget[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (targets.length === 0) return out;
  const ask = (t: MergeTarget) => {
    const areas = t.ws.getRangeByIndexes(t.row, t.col, t.rows, t.cols).getMergedAreasOrNullObject();
    areas.load("address");
    return areas;
  };
  const keep = (name: string, areas: Excel.RangeAreas) => {
    if (areas.isNullObject) return;
    const list = out.get(name) ?? [];
    list.push(...areas.address.split(","));
    out.set(name, list);
  };
  const all = targets.map((t) => ({ t, areas: ask(t) }));
  try {
    await context.sync();
    for (const { t, areas } of all) keep(t.name, areas);
    return out;
  } catch {
    // Some sheet holds more than 512 merged areas: ask block by block below.
  }
  const pending = [...targets];
  while (pending.length) {
    const t = pending.shift()!;
    const areas = ask(t);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only after Excel refused a sheet with over 512 merged areas: each block must be asked on its own, or one refusal fails them all.
      await context.sync();
      keep(t.name, areas);
    } catch (err) {
      if (t.rows === 1) throw err;
      const top = Math.ceil(t.rows / 2);
      pending.unshift({ ...t, rows: top }, { ...t, row: t.row + top, rows: t.rows - top });
    }
  }
  return out;
}
