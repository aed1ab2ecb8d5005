import { compact } from "./compact";
import type { RuleColumnKey } from "./layout";
import type { ProblemSink } from "./problemSink";
import type { SheetRows } from "./readSheetRows";
import type { TableSource } from "./tableSource";
import { SEVERITY_WORDS } from "./vocabulary";

/**
 * Reads "Đề cương - Ràng buộc": one rule per row, its sheet id spelled as in "Đề cương" when it
 * matches ignoring case. Returns the rules for the schema and the row of each.
 *
 * @example readRuleRows(source, sheets, sink).rules[0] // { id, sheet, expr, message, severity }
 */
export function readRuleRows(
  source: TableSource<RuleColumnKey>,
  sheets: SheetRows,
  sink: ProblemSink,
): { rules: Array<Record<string, unknown>>; rows: number[] } {
  const rules: Array<Record<string, unknown>> = [];
  const rows: number[] = [];
  for (const r of source.readers(sink)) {
    const sheetText = r.text("sheet");
    const sheet = sheetText ? (sheets.resolve(sheetText)?.input.id ?? sheetText) : sheetText;
    rules.push(
      compact({
        id: r.text("id"),
        sheet,
        expr: r.text("expr"),
        message: compact({ vi: r.text("messageVi"), en: r.optionalText("messageEn") }),
        severity: r.word("severity", SEVERITY_WORDS, { vi: "mức độ", en: "severity" }),
      }),
    );
    rows.push(r.where().row ?? -1);
  }
  return { rules, rows };
}
