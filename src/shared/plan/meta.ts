import { META_SHEET_NAME, type Cell, type Grid, type PlanSheet, type TemplateMeta } from "../model";
import { SheetBuilder } from "./sheetBuilder";

/** Keys of the hidden meta sheet. `sheet:<id>` rows map outline sheet ids to tab names. */
export const META_KEYS = {
  marker: "phuluc",
  kind: "kind",
  campaignId: "campaignId",
  outlineId: "outlineId",
  version: "outlineVersion",
  hash: "outlineHash",
  unitCode: "unitCode",
  owned: "ownedSheets",
  sheetPrefix: "sheet:",
  weightPrefix: "weight:",
} as const;

export interface MetaContent extends TemplateMeta {
  campaignId?: string;
  /** Outline sheet id → tab name. */
  sheetNames: Record<string, string>;
  /** Sheets the add-in owns and may replace (consolidated workbooks). */
  ownedSheets: string[];
}

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

function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return "";
  if (typeof c === "object") return "";
  return String(c).trim();
}

/** Reads a meta sheet grid back; unknown keys are ignored so newer templates stay readable. */
export function readMetaSheet(grid: Grid): MetaContent {
  const out: MetaContent = { sheetNames: {}, ownedSheets: [] };
  for (const row of grid.rows) {
    const key = cellText(row?.[0]);
    const value = cellText(row?.[1]);
    if (!key) continue;
    if (key.startsWith(META_KEYS.sheetPrefix)) {
      out.sheetNames[key.slice(META_KEYS.sheetPrefix.length)] = value;
      continue;
    }
    if (key.startsWith(META_KEYS.weightPrefix)) {
      const w = Number(value);
      if (value !== "" && Number.isFinite(w) && w >= 0)
        (out.weights ??= {})[key.slice(META_KEYS.weightPrefix.length)] = w;
      continue;
    }
    switch (key) {
      case META_KEYS.kind:
        if (value) out.kind = value;
        break;
      case META_KEYS.campaignId:
        if (value) out.campaignId = value;
        break;
      case META_KEYS.outlineId:
        if (value) out.outlineId = value;
        break;
      case META_KEYS.version:
        if (value) out.version = value;
        break;
      case META_KEYS.hash:
        if (value) out.hash = value;
        break;
      case META_KEYS.unitCode:
        if (value) out.unitCode = value;
        break;
      case META_KEYS.owned:
        out.ownedSheets = value ? value.split("|") : [];
        break;
    }
  }
  return out;
}
