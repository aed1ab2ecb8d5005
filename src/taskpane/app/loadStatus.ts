import type { Campaign } from "../../shared/model";
import type { LoadedWorkbook } from "./paneState";

/** Where a loaded file stands: read and matched to a unit, or what is wrong with it. */
export type LoadStatus = "matched" | "assigned" | "unidentified" | "unknownCode" | "unreadable";

/** The filters of the load list; "duplicate" cuts across: two files for one unit. */
export type LoadFilter = "all" | "matched" | "unidentified" | "unreadable" | "duplicate";

/** Extensions the pane reads (the file picker offers the same). */
export const SPREADSHEET_EXTENSIONS = [".xlsx", ".xlsm", ".xls", ".ods", ".csv"] as const;

/**
 * Whether a file name is a spreadsheet the pane reads. Text files named .txt are refused like
 * .docx: a unit's appendix never arrives as one, and reading it as CSV only gives a file with no
 * unit.
 *
 * @example isSpreadsheetName("Báo cáo.XLSX") === true; isSpreadsheetName("ghi-chu.txt") === false
 */
export function isSpreadsheetName(name: string): boolean {
  const lower = name.toLowerCase();
  return SPREADSHEET_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** @example loadStatus({ unitCode: "CBCS01", … }, campaign) === "matched" */
export function loadStatus(l: LoadedWorkbook, campaign: Campaign | undefined): LoadStatus {
  if (l.error) return "unreadable";
  if (l.unitCode) {
    return campaign?.units.some((u) => u.code === l.unitCode) ? "matched" : "unknownCode";
  }
  return l.assigned ? "assigned" : "unidentified";
}

/** The unit a file counts for: the one found in it, else the one chosen by hand. */
export function unitOfLoaded(l: LoadedWorkbook): string | undefined {
  return l.error ? undefined : (l.unitCode ?? l.assigned);
}

export interface LoadCounts {
  all: number;
  matched: number;
  unidentified: number;
  unreadable: number;
  /** Files whose unit another file also claims. */
  duplicate: number;
}

/**
 * Counts for the load list header and its filters. "matched" includes units chosen by hand;
 * "unidentified" includes unit codes that are not in the registry (both need the user).
 *
 * @example loadCounts(loaded, campaign) // { all: 33, matched: 30, unidentified: 2, unreadable: 1, duplicate: 0 }
 */
export function loadCounts(loaded: LoadedWorkbook[], campaign: Campaign | undefined): LoadCounts {
  const out: LoadCounts = {
    all: loaded.length,
    matched: 0,
    unidentified: 0,
    unreadable: 0,
    duplicate: 0,
  };
  const dup = duplicateIds(loaded);
  for (const l of loaded) {
    out[filterOfStatus(loadStatus(l, campaign))]++;
    if (dup.has(l.id)) out.duplicate++;
  }
  return out;
}

function filterOfStatus(s: LoadStatus): "matched" | "unidentified" | "unreadable" {
  return s === "assigned" || s === "matched"
    ? "matched"
    : s === "unreadable"
      ? "unreadable"
      : "unidentified";
}

/** Ids of files whose unit is also claimed by another file. */
export function duplicateIds(loaded: LoadedWorkbook[]): Set<string> {
  const byUnit = new Map<string, string[]>();
  for (const l of loaded) {
    const unit = unitOfLoaded(l);
    if (unit) byUnit.set(unit, [...(byUnit.get(unit) ?? []), l.id]);
  }
  return new Set([...byUnit.values()].filter((ids) => ids.length > 1).flat());
}

/**
 * The files a filter and a search show: the search matches file name, unit code or unit name,
 * ignoring case and Vietnamese diacritics.
 *
 * @example filterLoaded(loaded, campaign, "unidentified", "") // the files still needing a unit
 */
export function filterLoaded(
  loaded: LoadedWorkbook[],
  campaign: Campaign | undefined,
  filter: LoadFilter,
  search: string,
): LoadedWorkbook[] {
  const dup = filter === "duplicate" ? duplicateIds(loaded) : undefined;
  const names = new Map((campaign?.units ?? []).map((u) => [u.code, u.name]));
  const q = foldText(search.trim());
  return loaded.filter((l) => {
    if (dup && !dup.has(l.id)) return false;
    if (
      filter !== "all" &&
      filter !== "duplicate" &&
      filterOfStatus(loadStatus(l, campaign)) !== filter
    )
      return false;
    if (!q) return true;
    const unit = unitOfLoaded(l);
    return foldText(`${l.fileName} ${unit ?? ""} ${unit ? (names.get(unit) ?? "") : ""}`).includes(
      q,
    );
  });
}

/**
 * Text folded for searching: lower case, no diacritics, đ as d.
 *
 * @example foldText("Đảng ủy Khối") === "dang uy khoi"
 */
export function foldText(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase();
}
