import { META_SHEET_NAME } from "../../shared/model";

export interface SheetChanges {
  /** Plan sheets whose name is taken by a sheet the add-in does not own: the render must stop. */
  clashes: string[];
  /** Existing owned sheets the plan replaces (as named in the workbook). */
  replace: string[];
  /** Owned sheets after the render: still-present earlier ones plus every plan sheet. */
  owned: string[];
}

/**
 * Decides what rendering a plan does to a workbook: sheets the add-in owns (listed in the meta
 * sheet, plus the meta sheet itself when it carries the add-in's marker) may be replaced; any
 * other sheet with a plan sheet's name is a clash. Names compare case-insensitively, as in Excel.
 *
 * @example planSheetChanges(["Sheet1", "Tổng hợp"], { marker: true, owned: ["Tổng hợp"] }, ["Tổng hợp", "_PhuLuc"])
 *   → { clashes: [], replace: ["Tổng hợp", "_PhuLuc"], owned: ["Tổng hợp"] }
 */
export function planSheetChanges(
  existing: string[],
  meta: { marker: boolean; owned: string[] } | undefined,
  planNames: string[],
): SheetChanges {
  const key = (s: string) => s.toLowerCase();
  const present = new Map(existing.map((n) => [key(n), n]));
  const ownedBefore = new Set((meta?.owned ?? []).map(key));
  if (meta?.marker) ownedBefore.add(key(META_SHEET_NAME));
  const clashes: string[] = [];
  const replace: string[] = [];
  for (const name of planNames) {
    const found = present.get(key(name));
    if (found === undefined) continue;
    if (ownedBefore.has(key(name))) replace.push(found);
    else clashes.push(found);
  }
  const inPlan = new Set(planNames.map(key));
  const owned = [
    ...(meta?.owned ?? []).filter((n) => present.has(key(n)) && !inPlan.has(key(n))),
    ...planNames.filter((n) => key(n) !== key(META_SHEET_NAME)),
  ];
  return { clashes, replace, owned };
}
