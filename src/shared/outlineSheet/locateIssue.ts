import type { ItemColumnKey, RuleColumnKey, SheetColumnKey } from "./layout";
import { RULE_COLUMNS, SHEET_COLUMNS } from "./layout";
import type { SourceLocation } from "./problem";
import type { HeaderBlock } from "./readHeaderBlock";
import type { SheetDraft } from "./readSheetRows";
import type { TableSource } from "./tableSource";

/** Where each part of the outline given to the schema was read from. */
export interface OutlineSources {
  header: HeaderBlock;
  sheets: TableSource<SheetColumnKey>;
  items: TableSource<ItemColumnKey>;
  rules?: TableSource<RuleColumnKey>;
  drafts: SheetDraft[];
  ruleRows: number[];
}

/** Schema field of an indicator, info field or list column → column of "Đề cương - Chỉ tiêu". */
const ITEM_FIELDS: Record<string, ItemColumnKey> = {
  code: "code",
  id: "code",
  label: "label",
  header: "label",
  unit: "unit",
  type: "type",
  choices: "choices",
  min: "min",
  max: "max",
  required: "required",
  appliesTo: "appliesTo",
  aggregation: "aggregation",
  sumOfChildren: "sumOfChildren",
  heading: "heading",
  assessment: "assessment",
};

/**
 * The cell a schema issue comes from, by its path in the outline: header lines, "Đề cương" rows
 * (value columns share one cell), "Đề cương - Chỉ tiêu" rows, "Đề cương - Ràng buộc" rows.
 * Undefined for a header line that was not found at all (reported already).
 *
 * @example locateIssue(["sheets", 1, "indicators", 3, "code"], sources) // the Mã cell of that row
 */
export function locateIssue(
  path: readonly PropertyKey[],
  sources: OutlineSources,
): SourceLocation | undefined {
  const [p0, p1, p2, p3, p4] = path;
  if (p0 === "id" || p0 === "version" || p0 === "title") return sources.header[p0]?.where;
  if (p0 === "rules" && sources.rules) {
    if (typeof p1 !== "number") return sources.rules.headerAt();
    const key: RuleColumnKey | undefined =
      p2 === "message" ? (p3 === "en" ? "messageEn" : "messageVi") : keyOf(RULE_COLUMNS, p2);
    return sources.rules.at(sources.ruleRows[p1], key);
  }
  if (p0 !== "sheets" || typeof p1 !== "number") return sources.sheets.headerAt();
  const d = sources.drafts[p1];
  if (p2 === "columns" && d.kind === "indicators") return sources.sheets.at(d.row, "columns");
  if (p2 === "fields" || p2 === "indicators" || p2 === "columns") {
    // An empty list is the sheet's own fault: point at its row in "Đề cương".
    if (typeof p3 !== "number") return sources.sheets.at(d.row, "id");
    const key = typeof p4 === "string" ? ITEM_FIELDS[p4] : undefined;
    return sources.items.at(d.itemRows[p3], key);
  }
  return sources.sheets.at(d.row, keyOf(SHEET_COLUMNS, p2));
}

function keyOf<K extends string>(
  specs: ReadonlyArray<{ key: K }>,
  field: PropertyKey | undefined,
): K | undefined {
  return specs.find((c) => c.key === field)?.key;
}
