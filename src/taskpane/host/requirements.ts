/** What the adapter can do, each tied to the Excel API requirement set that provides it. */
export const FEATURE_SETS = {
  /** getItemOrNullObject, getUsedRangeOrNullObject, names.add: the minimum to write plans. */
  core: "1.4",
  suspendCalculation: "1.6",
  freezePanes: "1.7",
  tabColor: "1.7",
  dataValidation: "1.8",
  rangeAreas: "1.9",
  suspendScreenUpdating: "1.9",
  mergedAreas: "1.13",
} as const;

export type Feature = keyof typeof FEATURE_SETS;
export type Features = Record<Feature, boolean>;

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
