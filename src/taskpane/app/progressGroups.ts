import type { ProgressRow } from "../../shared/validate/progress";

export interface ProgressGroup {
  key: string;
  label: string;
  onTime: number;
  late: number;
  noDate: number;
  missing: number;
}

/**
 * Counts units per group (level, supervisor…): on time, late, received without a date, not
 * received. Groups keep the order of first appearance.
 *
 * @example progressGroups(rows, (r) => r.unit.level, (k) => levelName[k])
 */
export function progressGroups(
  rows: ProgressRow[],
  keyOf: (row: ProgressRow) => string,
  labelOf: (key: string) => string = (k) => k,
): ProgressGroup[] {
  const groups = new Map<string, ProgressGroup>();
  for (const row of rows) {
    const key = keyOf(row) || "—";
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = { key, label: labelOf(key) || key, onTime: 0, late: 0, noDate: 0, missing: 0 }),
      );
    if (row.file === undefined) g.missing++;
    else if (row.status.kind === "late") g.late++;
    else if (row.status.kind === "noDate") g.noDate++;
    else g.onTime++;
  }
  return [...groups.values()];
}
