import { parseAggregation } from "./aggregation";
import { compact } from "./compact";
import { ITEM_COLUMNS, OUTLINE_SHEET_NAMES, type ItemColumnKey } from "./layout";
import type { ProblemSink } from "./problemSink";
import type { SheetRows } from "./readSheetRows";
import type { RowReader } from "./rowReader";
import type { TableSource } from "./tableSource";
import { ASSESSMENT_WORDS, VALUE_TYPE_WORDS, wordsOf, type SheetKind } from "./vocabulary";

const INDICATOR_ONLY = [
  "unit",
  "appliesTo",
  "aggregation",
  "sumOfChildren",
  "heading",
  "assessment",
] as const;

/**
 * Reads "Đề cương - Chỉ tiêu" into the sheets of "Đề cương": each row becomes an indicator, an
 * info field or a list column according to the kind of the sheet it names.
 *
 * @example readItemRows(source, sheets, sink, ["CQ", "DN"]) // fills sheets.drafts[i].items
 */
export function readItemRows(
  source: TableSource<ItemColumnKey>,
  sheets: SheetRows,
  sink: ProblemSink,
  unitTypes: readonly string[] | undefined,
): void {
  for (const r of source.readers(sink)) {
    const sheetId = r.text("sheet");
    if (sheetId === undefined) continue;
    if (sheetId === "") {
      r.report("sheet", "chưa điền mã sheet", "the sheet id is missing");
      continue;
    }
    const draft = sheets.resolve(sheetId);
    if (!draft) {
      if (!sheets.isBroken(sheetId)) {
        r.report(
          "sheet",
          `mã sheet '${sheetId}' không có trong sheet '${OUTLINE_SHEET_NAMES.sheets.vi}'`,
          `sheet id '${sheetId}' is not in sheet '${OUTLINE_SHEET_NAMES.sheets.vi}'`,
        );
      }
      continue;
    }
    draft.items.push(readItem(r, draft.kind, unitTypes));
    draft.itemRows.push(r.where().row ?? -1);
  }
}

function readItem(
  r: RowReader<ItemColumnKey>,
  kind: SheetKind,
  unitTypes: readonly string[] | undefined,
): Record<string, unknown> {
  const type = r.word("type", VALUE_TYPE_WORDS, { vi: "kiểu", en: "type" });
  if (!r.filled("type")) {
    r.report(
      "type",
      `chưa điền kiểu; dùng một trong: ${wordsOf(VALUE_TYPE_WORDS).join(", ")}`,
      `the type is missing; use one of: ${VALUE_TYPE_WORDS.map((w) => `${w.vi} (${w.en})`).join(", ")}`,
    );
  }
  const choices = r.list("choices");
  const min = r.number("min");
  const max = r.number("max");
  // The schema checks these two for indicators only, and without a cell; checked here for all.
  if (type === "choice" && !choices) {
    r.report(
      "choices",
      "kiểu 'lựa chọn' cần danh sách lựa chọn, cách nhau bởi dấu ';'",
      "type 'lựa chọn' (choice) needs a list of choices separated by ';'",
    );
  }
  if (min !== undefined && max !== undefined && min > max) {
    r.report(
      "min",
      `nhỏ nhất (${min}) lớn hơn lớn nhất (${max})`,
      `min (${min}) is greater than max (${max})`,
    );
  }
  const common = { type, choices, min, max, required: r.mark("required") };
  const code = r.text("code");
  const label = r.text("label");
  if (kind === "indicators") {
    return compact({
      code,
      label,
      unit: r.text("unit"),
      ...common,
      appliesTo: readAppliesTo(r, unitTypes),
      aggregation: readAggregation(r),
      sumOfChildren: r.mark("sumOfChildren"),
      heading: r.mark("heading"),
      assessment: r.word("assessment", ASSESSMENT_WORDS, { vi: "xét tiêu biểu", en: "exemplary" }),
    });
  }
  for (const key of INDICATOR_ONLY) {
    if (!r.filled(key)) continue;
    const header = ITEM_COLUMNS.find((c) => c.key === key)?.vi ?? key;
    r.report(
      key,
      `cột '${header}' chỉ dùng cho sheet loại chỉ tiêu; hãy để trống`,
      `column '${header}' is only for indicator sheets; leave the cell blank`,
    );
  }
  return kind === "info"
    ? compact({ id: code, label, ...common })
    : compact({ id: code, header: label, ...common });
}

function readAggregation(r: RowReader<ItemColumnKey>) {
  const text = r.optionalText("aggregation");
  if (text === undefined) return undefined;
  const aggregation = parseAggregation(text);
  if (aggregation === undefined) {
    r.report(
      "aggregation",
      `cách tổng hợp '${text}' không hợp lệ; dùng tổng, trung bình, nhỏ nhất, lớn nhất, đếm có, không, hoặc 'tỷ lệ 3/1' (mã tử số/mã mẫu số)`,
      `aggregation '${text}' is not valid; use tổng (sum), trung bình (mean), nhỏ nhất (min), lớn nhất (max), đếm có (count yes), không (none), or 'tỷ lệ 3/1' (numerator code/denominator code)`,
    );
  }
  return aggregation ?? undefined;
}

/** Unit type codes, matched to the campaign's codes ignoring case when they are known. */
function readAppliesTo(
  r: RowReader<ItemColumnKey>,
  unitTypes: readonly string[] | undefined,
): string[] | undefined {
  const codes = r.list("appliesTo");
  if (!codes || !unitTypes) return codes;
  const out: string[] = [];
  for (const code of codes) {
    const known =
      unitTypes.find((t) => t === code) ??
      unitTypes.find((t) => t.toLowerCase() === code.toLowerCase());
    if (known) out.push(known);
    else {
      r.report(
        "appliesTo",
        `loại hình '${code}' không có trong chiến dịch; dùng: ${unitTypes.join(", ")}`,
        `unit type '${code}' is not in the campaign; use: ${unitTypes.join(", ")}`,
      );
    }
  }
  return out;
}
