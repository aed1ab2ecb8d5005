/**
 * Every Excel API member the adapter calls, with the ExcelApi requirement set Microsoft's
 * reference gives for it (https://learn.microsoft.com/javascript/api/excel, each member's
 * "[ API set: ExcelApi 1.x ]"). A feature needs the highest set of its members.
 */
export const MEMBER_SETS = {
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "NamedItemCollection.add": "1.4",
  "NamedItemCollection.getItemOrNullObject": "1.4",
  "NamedItem.delete": "1.4",
  "NamedItem.formula": "1.7",
  "Worksheet.protection.protect": "1.2",
  "Worksheet.protection.unprotect": "1.2",
  "Range.clear": "1.1",
  "Range.unmerge": "1.2",
  "Worksheet.getRangeByIndexes": "1.7",
  "Worksheet.copy": "1.10",
  "Range.merge": "1.2",
  "RangeFormat.columnWidth": "1.2",
  "RangeFormat.rowHeight": "1.2",
  "Worksheet.pageLayout": "1.9",
  "Worksheet.verticalPageBreaks": "1.9",
  "Workbook.protection": "1.7",
  "Application.suspendApiCalculationUntilNextSync": "1.6",
  "Worksheet.freezePanes": "1.7",
  "Worksheet.tabColor": "1.7",
  "Range.dataValidation": "1.8",
  "Worksheet.getRanges": "1.9",
  "Application.suspendScreenUpdatingUntilNextSync": "1.9",
  "Range.getMergedAreasOrNullObject": "1.13",
} as const;

export type Member = keyof typeof MEMBER_SETS;

/** The members each feature uses. */
const FEATURE_MEMBERS = {
  /** The minimum to write plans: sheets, used ranges, names with their formulas, protection. */
  core: [
    "WorksheetCollection.getItemOrNullObject",
    "Worksheet.getUsedRangeOrNullObject",
    "NamedItemCollection.add",
    "NamedItemCollection.getItemOrNullObject",
    "NamedItem.delete",
    "NamedItem.formula",
    "Worksheet.protection.protect",
    "Worksheet.protection.unprotect",
    "Range.clear",
    "Range.unmerge",
    "Worksheet.getRangeByIndexes",
    "Range.merge",
    "RangeFormat.columnWidth",
    "RangeFormat.rowHeight",
    "Workbook.protection",
  ],
  suspendCalculation: ["Application.suspendApiCalculationUntilNextSync"],
  freezePanes: ["Worksheet.freezePanes"],
  tabColor: ["Worksheet.tabColor"],
  dataValidation: ["Range.dataValidation"],
  rangeAreas: ["Worksheet.getRanges"],
  suspendScreenUpdating: ["Application.suspendScreenUpdatingUntilNextSync"],
  mergedAreas: ["Range.getMergedAreasOrNullObject"],
  /** A hidden copy of each sheet updated in place, to put it back after a failure. */
  copySheets: ["Worksheet.copy"],
  /** The printed appendix's page setup: A4, margins, page numbers, print titles, page breaks. */
  pageLayout: ["Worksheet.pageLayout", "Worksheet.verticalPageBreaks"],
} as const satisfies Record<string, readonly Member[]>;

export type Feature = keyof typeof FEATURE_MEMBERS;
export type Features = Record<Feature, boolean>;

function minor(version: string): number {
  return Number(version.split(".")[1]);
}

/** The requirement set of each feature: the highest of its members' sets. */
export const FEATURE_SETS = Object.fromEntries(
  Object.entries(FEATURE_MEMBERS).map(([feature, members]) => [
    feature,
    members.map((m) => MEMBER_SETS[m]).reduce((a, b) => (minor(b) > minor(a) ? b : a)),
  ]),
) as Record<Feature, string>;

type IsSetSupported = (name: string, minVersion?: string) => boolean;

/**
 * Which adapter features the host supports, from `Office.context.requirements.isSetSupported`
 * (ExcelApi 1.x). Without an Office host (tests of pure code) nothing is supported.
 *
 * @example detectFeatures((n, v) => n === "ExcelApi" && Number(v?.split(".")[1]) <= 8).rangeAreas === false
 */
export function detectFeatures(isSetSupported?: IsSetSupported): Features {
  const check =
    isSetSupported ??
    ((name: string, version?: string) =>
      typeof Office !== "undefined" &&
      !!Office.context?.requirements?.isSetSupported(name, version));
  const out = {} as Features;
  for (const [feature, version] of Object.entries(FEATURE_SETS) as Array<[Feature, string]>) {
    let ok = false;
    try {
      ok = check("ExcelApi", version);
    } catch {
      ok = false;
    }
    out[feature] = ok;
  }
  return out;
}

/** The features a host lacks, for the "what is unavailable" notice. */
export function missingFeatures(features: Features): Feature[] {
  return (Object.keys(FEATURE_SETS) as Feature[]).filter((f) => !features[f]);
}
