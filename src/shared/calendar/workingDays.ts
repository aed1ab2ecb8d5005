/**
 * Stable import path for the working-day functions (used by the custom functions, the CLI and the
 * benchmarks); the functions themselves live one per module.
 */
export { isWorkingDay } from "./isWorkingDay";
export { networkDays } from "./networkDays";
export { addWorkdays } from "./addWorkdays";
export { workdaysLeft } from "./workdaysLeft";
export { workingDaysInYear } from "./workingDaysInYear";
