import { a1Range } from "../a1/a1";
import type {
  Outline,
  OutlineSheet,
  PlanCell,
  PlanSheet,
  PlanValidation,
  ValueType,
} from "../model";
import { SheetBuilder } from "../plan/sheetBuilder";
import type { PlanStyleName } from "../plan/styles";
import { formatAggregation } from "./aggregation";
import {
  HEADER_FIELDS,
  ITEM_COLUMNS,
  OUTLINE_SHEET_NAMES,
  RULE_COLUMNS,
  SHEET_COLUMNS,
  type ColumnSpec,
  type ItemColumnKey,
  type RuleColumnKey,
  type SheetColumnKey,
} from "./layout";
import { joinList } from "./splitList";
import { formatValueColumns } from "./valueColumns";
import {
  AGGREGATION_WORDS,
  ASSESSMENT_WORDS,
  KIND_WORDS,
  MARK,
  RATIO_WORDS,
  SEVERITY_WORDS,
  VALUE_TYPE_WORDS,
  wordFor,
  wordsOf,
} from "./vocabulary";

/** Empty styled rows left below each table so that typed codes stay text ("1.10", not 1.1). */
const SPARE_ROWS = 50;
const TAB_COLOR = "7030A0";

type Values<K extends string> = Partial<Record<K, string | number>>;

/**
 * Renders an outline as three editable sheets, XLSForm-style: "Đề cương" (outline id, version,
 * title, then one row per sheet), "Đề cương - Chỉ tiêu" (one row per indicator, info field or
 * list column) and "Đề cương - Ràng buộc" (one row per rule). Words come from the vocabulary
 * tables; word columns carry drop-down lists. outlineFromGrids reads them back.
 *
 * @example outlineToPlanSheets(outline).map((s) => s.name)
 *   // ["Đề cương", "Đề cương - Chỉ tiêu", "Đề cương - Ràng buộc"]
 */
export function outlineToPlanSheets(outline: Outline): PlanSheet[] {
  return [sheetsSheet(outline), itemsSheet(outline), rulesSheet(outline)];
}

function sheetsSheet(outline: Outline): PlanSheet {
  const b = new SheetBuilder(OUTLINE_SHEET_NAMES.sheets.vi);
  b.set(0, 0, { v: "ĐỀ CƯƠNG PHỤ LỤC", s: "title" });
  b.merge(0, 0, 0, SHEET_COLUMNS.length - 1);
  const header: Record<(typeof HEADER_FIELDS)[number]["key"], string> = {
    id: outline.id,
    version: outline.version,
    title: outline.title,
  };
  HEADER_FIELDS.forEach((f, i) => {
    b.set(1 + i, 0, { v: f.vi, s: "headingLabel" });
    b.set(1 + i, 1, { v: header[f.key], s: "inputText" });
    b.merge(1 + i, 1, 1 + i, SHEET_COLUMNS.length - 1);
  });
  const noteRow = 1 + HEADER_FIELDS.length;
  b.set(noteRow, 0, {
    v:
      `Loại: ${wordsOf(KIND_WORDS).join(", ")}. Cột giá trị (chỉ cho sheet chỉ tiêu): ` +
      `mã|tiêu đề, cách nhau bởi dấu ";", ví dụ "2016|Năm 2016; 2017|Năm 2017". ` +
      `Sửa xong bấm "Áp dụng đề cương" trong khung tác vụ.`,
    s: "note",
  });
  b.merge(noteRow, 0, noteRow, SHEET_COLUMNS.length - 1);
  const rows = outline.sheets.map((s): Values<SheetColumnKey> => ({
    kind: wordFor(KIND_WORDS, s.kind),
    id: s.id,
    name: s.name,
    title: s.title,
    columns: s.kind === "indicators" ? formatValueColumns(s.columns) : "",
    maxRows: s.kind === "list" ? s.maxRows : "",
  }));
  writeTable(b, noteRow + 2, SHEET_COLUMNS, rows);
  b.validations.push(
    strictList(noteRow + 2, SHEET_COLUMNS, "kind", wordsOf(KIND_WORDS), rows.length),
  );
  return b.build();
}

function itemsSheet(outline: Outline): PlanSheet {
  const b = new SheetBuilder(OUTLINE_SHEET_NAMES.items.vi);
  b.set(0, 0, {
    v:
      `Mỗi dòng là một chỉ tiêu (sheet chỉ tiêu), một trường (sheet thông tin) hoặc một cột ` +
      `(sheet danh sách). Kiểu: ${wordsOf(VALUE_TYPE_WORDS).join(", ")}. Lựa chọn, Áp dụng cho: ` +
      `cách nhau bởi ";". Tổng hợp: ${wordsOf(AGGREGATION_WORDS).join(", ")} hoặc ` +
      `"${RATIO_WORDS.vi} 3/1" (tử số/mẫu số). Đánh "${MARK}" vào các cột có/không.`,
    s: "note",
  });
  b.merge(0, 0, 0, ITEM_COLUMNS.length - 1);
  const rows = outline.sheets.flatMap(itemRows);
  const headerRow = 2;
  writeTable(b, headerRow, ITEM_COLUMNS, rows);
  b.validations.push(
    strictList(headerRow, ITEM_COLUMNS, "type", wordsOf(VALUE_TYPE_WORDS), rows.length),
    {
      ...range(headerRow, ITEM_COLUMNS, "aggregation", rows.length),
      kind: "list",
      list: wordsOf(AGGREGATION_WORDS),
      // No error text: a ratio ("tỷ lệ 3/1") is typed, not picked, so other text must pass.
      prompt: `Chọn trong danh sách, hoặc gõ "${RATIO_WORDS.vi} 3/1" cho chỉ tiêu tỷ lệ.`,
    },
    strictList(headerRow, ITEM_COLUMNS, "assessment", wordsOf(ASSESSMENT_WORDS), rows.length),
    ...(["required", "sumOfChildren", "heading"] as const).map((key): PlanValidation => ({
      ...range(headerRow, ITEM_COLUMNS, key, rows.length),
      kind: "list",
      list: [MARK],
    })),
  );
  return b.build();
}

function itemRows(sheet: OutlineSheet): Values<ItemColumnKey>[] {
  const common = (item: {
    type: ValueType;
    choices?: string[];
    min?: number;
    max?: number;
    required: boolean;
  }): Values<ItemColumnKey> => ({
    sheet: sheet.id,
    type: wordFor(VALUE_TYPE_WORDS, item.type),
    choices: item.choices ? joinList(item.choices) : "",
    min: item.min ?? "",
    max: item.max ?? "",
    required: mark(item.required),
  });
  switch (sheet.kind) {
    case "info":
      return sheet.fields.map((f) => ({ ...common(f), code: f.id, label: f.label }));
    case "list":
      return sheet.columns.map((c) => ({ ...common(c), code: c.id, label: c.header }));
    case "indicators":
      return sheet.indicators.map((ind) => ({
        ...common(ind),
        code: ind.code,
        label: ind.label,
        unit: ind.unit,
        appliesTo: ind.appliesTo ? joinList(ind.appliesTo) : "",
        aggregation: formatAggregation(ind.aggregation),
        sumOfChildren: mark(ind.sumOfChildren),
        heading: mark(ind.heading),
        assessment: ind.assessment ? wordFor(ASSESSMENT_WORDS, ind.assessment) : "",
      }));
  }
}

function rulesSheet(outline: Outline): PlanSheet {
  const b = new SheetBuilder(OUTLINE_SHEET_NAMES.rules.vi);
  b.set(0, 0, {
    v:
      `Biểu thức so sánh các chỉ tiêu: [1.3] là chỉ tiêu 1.3 của sheet, [B2:1.3] là chỉ tiêu ` +
      `của sheet khác; ví dụ "[3] <= [1]". Mức độ: ${wordsOf(SEVERITY_WORDS).join(", ")}.`,
    s: "note",
  });
  b.merge(0, 0, 0, RULE_COLUMNS.length - 1);
  const rows = outline.rules.map((r): Values<RuleColumnKey> => ({
    id: r.id,
    sheet: r.sheet,
    expr: r.expr,
    messageVi: r.message.vi,
    messageEn: r.message.en ?? "",
    severity: wordFor(SEVERITY_WORDS, r.severity),
  }));
  const headerRow = 2;
  writeTable(b, headerRow, RULE_COLUMNS, rows);
  b.validations.push(
    strictList(headerRow, RULE_COLUMNS, "severity", wordsOf(SEVERITY_WORDS), rows.length),
  );
  return b.build();
}

/** Header row, data rows and spare rows, all editable cells typed as text; widths; frozen header. */
function writeTable<K extends string>(
  b: SheetBuilder,
  headerRow: number,
  specs: readonly ColumnSpec<K>[],
  rows: Values<K>[],
): void {
  b.setRow(
    headerRow,
    0,
    specs.map((s) => ({ v: s.vi, s: "header" })),
  );
  rows.forEach((values, i) =>
    b.setRow(
      headerRow + 1 + i,
      0,
      specs.map((s): PlanCell => cell(values[s.key])),
    ),
  );
  for (let i = 0; i < SPARE_ROWS; i++) {
    b.setRow(
      headerRow + 1 + rows.length + i,
      0,
      specs.map(() => ({ s: INPUT })),
    );
  }
  specs.forEach((s, col) => b.setWidth(col, s.width));
  b.freeze = { rows: headerRow + 1, cols: 0 };
  b.tabColor = TAB_COLOR;
}

const INPUT: PlanStyleName = "inputText";

function cell(value: string | number | undefined): PlanCell {
  return value === undefined || value === "" ? { s: INPUT } : { v: value, s: INPUT };
}

function mark(flag: boolean): string {
  return flag ? MARK : "";
}

/** The data range of one column, header excluded, spare rows included. */
function range<K extends string>(
  headerRow: number,
  specs: readonly ColumnSpec<K>[],
  key: K,
  rowCount: number,
): { range: string } {
  const col = specs.findIndex((s) => s.key === key);
  return {
    range: a1Range(headerRow + 1, col, headerRow + rowCount + SPARE_ROWS, col),
  };
}

/** A drop-down that refuses other text (kinds, types, severities have no free form). */
function strictList<K extends string>(
  headerRow: number,
  specs: readonly ColumnSpec<K>[],
  key: K,
  words: string[],
  rowCount: number,
): PlanValidation {
  const header = specs.find((s) => s.key === key)?.vi ?? key;
  return {
    ...range(headerRow, specs, key, rowCount),
    kind: "list",
    list: words,
    error: `Cột "${header}" chỉ nhận: ${words.join(", ")}.`,
  };
}
