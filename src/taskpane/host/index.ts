/** The Office.js adapter: the only code of the add-in that touches `Excel.*`. */
export { renderPlan, MAX_SYNC_BYTES, type RenderOptions, type RenderStats } from "./renderPlan";
export { readSheets, type ReadOptions } from "./readSheets";
export { selectCell } from "./selectCell";
export {
  detectFeatures,
  missingFeatures,
  FEATURE_SETS,
  type Feature,
  type Features,
} from "./requirements";
export { HostError, CancelledError } from "./hostError";
