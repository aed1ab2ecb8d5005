export { outlineToPlanSheets } from "./outlineToPlanSheets";
export { outlineFromGrids } from "./outlineFromGrids";
export type { OutlineFromGridsOptions, OutlineFromGridsResult } from "./outlineFromGrids";
export type { OutlineSheetProblem } from "./problem";
export {
  OUTLINE_SHEET_NAMES,
  HEADER_FIELDS,
  SHEET_COLUMNS,
  ITEM_COLUMNS,
  RULE_COLUMNS,
} from "./layout";
export {
  AGGREGATION_WORDS,
  KIND_WORDS,
  MARK,
  RATIO_WORDS,
  SEVERITY_WORDS,
  VALUE_TYPE_WORDS,
  valueForWord,
  wordFor,
} from "./vocabulary";
