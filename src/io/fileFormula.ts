/** Functions newer than Excel 2007: the file format stores them with the `_xlfn.` prefix. */
const FUTURE_FUNCTIONS = /(?<![A-Za-z0-9_.])(MINIFS|MAXIFS|IFS|SWITCH|CONCAT|TEXTJOIN|XLOOKUP)\(/g;

/**
 * A plan formula (as typed in Excel, and as Office.js takes it) in the form stored in .xlsx
 * files, where Excel 2019+ functions carry `_xlfn.`; without it Excel shows #NAME?.
 *
 * @example toFileFormula('MINIFS(A1:A9,B1:B9,"x")') === '_xlfn.MINIFS(A1:A9,B1:B9,"x")'
 */
export function toFileFormula(formula: string): string {
  if (!formula.includes("IFS(") && !/SWITCH|CONCAT|TEXTJOIN|XLOOKUP/.test(formula)) return formula;
  return formula.replace(FUTURE_FUNCTIONS, "_xlfn.$1(");
}
