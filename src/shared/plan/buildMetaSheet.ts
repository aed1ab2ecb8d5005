import { META_SHEET_NAME, type PlanSheet } from "../model";
import { META_KEYS, type MetaContent } from "../template/meta";
import { SheetBuilder } from "./sheetBuilder";

/** Builds the very hidden meta sheet: two columns, key and value. */
export function buildMetaSheet(meta: MetaContent): PlanSheet {
  const b = new SheetBuilder(META_SHEET_NAME);
  const rows: Array<[string, string]> = [
    [META_KEYS.marker, "1"],
    [META_KEYS.kind, meta.kind ?? ""],
    [META_KEYS.campaignId, meta.campaignId ?? ""],
    [META_KEYS.outlineId, meta.outlineId ?? ""],
    [META_KEYS.version, meta.version ?? ""],
    [META_KEYS.hash, meta.hash ?? ""],
    [META_KEYS.unitCode, meta.unitCode ?? ""],
    [META_KEYS.owned, meta.ownedSheets.join("|")],
    ...Object.entries(meta.sheetNames).map(
      ([id, name]) => [META_KEYS.sheetPrefix + id, name] as [string, string],
    ),
    ...Object.entries(meta.weights ?? {}).map(
      ([key, w]) => [META_KEYS.weightPrefix + key, String(w)] as [string, string],
    ),
  ];
  rows.forEach(([k, v], r) => b.setRow(r, 0, [{ v: k }, { v }]));
  b.state = "veryHidden";
  b.protect = true;
  return b.build();
}
