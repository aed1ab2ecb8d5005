/**
 * Stable import path for the holiday calendar (used by the custom functions and the CLI); the
 * functions themselves live one per module.
 */
export type { Holiday } from "./holiday";
export { holidaysOfYear } from "./holidaysOfYear";
export { holidayName } from "./holidayName";
export { lunarNewYear } from "./lunarNewYear";
export { isWorkedSaturday, workedSaturdays } from "./daySwaps";
