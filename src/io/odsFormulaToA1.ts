const SHEET = String.raw`(?:'(?:[^']|'')*'|[^\[\]'.:])*`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const ODS_REF = new RegExp(
  String.raw`\[\$?(${SHEET})\.(${CELL})(?::\$?(${SHEET})\.(${CELL}))?\]`,
  "g",
);

/**
 * Finishes SheetJS's translation of OpenDocument formulas, which leaves references with a sheet
 * name or `$` in ODS bracket form: `['Biểu 1'.C6]*2` → `'Biểu 1'!C6*2`, `[.$C$4:.$C$5]` →
 * `$C$4:$C$5`, so formulas from .ods files read like those from .xlsx.
 *
 * @example odsFormulaToA1("SUM(['Biểu 1'.C4:.C5])") === "SUM('Biểu 1'!C4:C5)"
 */
export function odsFormulaToA1(formula: string): string {
  if (!formula.includes("[")) return formula;
  return formula.replace(
    ODS_REF,
    (_, sheet: string, from: string, sheet2: string | undefined, to?: string) => {
      const prefix = sheet ? `${sheet}!` : "";
      const end = to ? `:${sheet2 && sheet2 !== sheet ? `${sheet2}!` : ""}${to}` : "";
      return `${prefix}${from}${end}`;
    },
  );
}
