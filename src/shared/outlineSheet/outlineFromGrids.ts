import { outlineSchema, type Grid, type Outline } from "../model";
import { normalizeLabel } from "../text";
import { parseAggregation } from "./aggregation";
import { cellText } from "./cellText";
import { describeIssue } from "./describeIssue";
import {
  HEADER_FIELDS,
  ITEM_COLUMNS,
  OUTLINE_SHEET_NAMES,
  RULE_COLUMNS,
  SHEET_COLUMNS,
  type ColumnSpec,
  type HeaderKey,
  type ItemColumnKey,
  type OutlineSheetRole,
  type RuleColumnKey,
  type SheetColumnKey,
} from "./layout";
import { makeProblem, type OutlineSheetProblem, type SourceLocation } from "./problem";
import { ProblemSink } from "./problemSink";
import { headerMatches, readTable, type Table } from "./readTable";
import { RowReader } from "./rowReader";
import { parseValueColumns } from "./valueColumns";
import {
  KIND_WORDS,
  SEVERITY_WORDS,
  VALUE_TYPE_WORDS,
  wordsOf,
  type SheetKind,
} from "./vocabulary";

export interface OutlineFromGridsOptions {
  /**
   * Unit type codes of the campaign. When given, "Áp dụng cho" may only name these (typed in
   * any case); the outline alone does not know them.
   */
  unitTypes?: readonly string[];
}

export interface OutlineFromGridsResult {
  /** The outline, present only when there is no problem. */
  outline?: Outline;
  problems: OutlineSheetProblem[];
}

type Draft = Record<string, unknown>;

interface SheetDraft {
  kind: SheetKind;
  /** Row in "Đề cương". */
  row: number;
  input: Draft;
  /** Indicators, info fields or list columns, and the "Đề cương - Chỉ tiêu" row of each. */
  items: Draft[];
  itemRows: number[];
}

/** Schema field of an item → column of "Đề cương - Chỉ tiêu". */
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
};

const INDICATOR_ONLY = ["unit", "appliesTo", "aggregation", "sumOfChildren", "heading"] as const;

/**
 * Reads the outline sheets written by outlineToPlanSheets ("Đề cương", "Đề cương - Chỉ tiêu",
 * "Đề cương - Ràng buộc", or their English names) back into an outline, after the office has
 * edited them. Columns are found by header text in any order, extra columns and blank rows are
 * ignored, words are read in any case, with or without diacritics, in Vietnamese or English, and
 * numbers may be typed as text. The result is checked with the outline schema; every problem,
 * including the schema's, names the sheet and cell. Never throws.
 *
 * @example
 * const { outline, problems } = outlineFromGrids(gridsOfTheWorkbook);
 * if (outline) rebuildTemplate(outline); else show(problems.map((p) => p.message.vi));
 */
export function outlineFromGrids(
  grids: Grid[],
  options: OutlineFromGridsOptions = {},
): OutlineFromGridsResult {
  try {
    return readOutline(grids, options);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      problems: [
        makeProblem(
          { sheet: OUTLINE_SHEET_NAMES.sheets.vi },
          `không đọc được đề cương (${detail})`,
          `the outline could not be read (${detail})`,
        ),
      ],
    };
  }
}

function readOutline(grids: Grid[], options: OutlineFromGridsOptions): OutlineFromGridsResult {
  const sink = new ProblemSink();
  const sheetsGrid = findGrid(grids, "sheets");
  const itemsGrid = findGrid(grids, "items");
  const rulesGrid = findGrid(grids, "rules");
  for (const [role, grid] of [
    ["sheets", sheetsGrid],
    ["items", itemsGrid],
  ] as const) {
    if (grid) continue;
    const names = OUTLINE_SHEET_NAMES[role];
    sink.add(
      { sheet: names.vi },
      `không tìm thấy sheet '${names.vi}'`,
      `sheet '${names.vi}' ('${names.en}') not found`,
    );
  }
  if (!sheetsGrid || !itemsGrid) return { problems: sink.problems };

  const sheetsTable = readTable(sheetsGrid, SHEET_COLUMNS);
  const itemsTable = readTable(itemsGrid, ITEM_COLUMNS);
  const rulesTable = rulesGrid ? readTable(rulesGrid, RULE_COLUMNS) : undefined;
  reportMissingColumns(sheetsGrid, sheetsTable, SHEET_COLUMNS, sink);
  reportMissingColumns(itemsGrid, itemsTable, ITEM_COLUMNS, sink);
  if (rulesGrid && rulesTable) reportMissingColumns(rulesGrid, rulesTable, RULE_COLUMNS, sink);
  if (sink.problems.length > 0) return { problems: sink.problems };

  const header = readHeaderBlock(sheetsGrid, sheetsTable.headerRow, sink);
  const { drafts, resolve, isBroken } = readSheets(sheetsGrid, sheetsTable, sink);
  readItems(itemsGrid, itemsTable, sink, resolve, isBroken, options);
  for (const d of drafts) {
    if (d.kind === "indicators") {
      // The schema checks indicator codes itself; value column ids are ours to check.
      const columns = d.input.columns as Array<{ id: string }>;
      reportDuplicates(
        columns.map((c) => c.id),
        () => at(sheetsGrid, sheetsTable, d.row, "columns"),
        sink,
        { vi: "trùng mã cột giá trị", en: "duplicate value column id" },
      );
    } else {
      reportDuplicates(
        d.items.map((i) => i.id),
        (j) => at(itemsGrid, itemsTable, d.itemRows[j], "code"),
        sink,
        {
          vi: `trùng mã trong sheet ${String(d.input.id)}`,
          en: `duplicate id in sheet ${String(d.input.id)}`,
        },
      );
    }
  }
  const rules: Draft[] = [];
  const ruleRows: number[] = [];
  if (rulesGrid && rulesTable) {
    for (const tr of rulesTable.rows) {
      const r = new RowReader(rulesGrid.name, rulesTable, tr, sink);
      const sheetText = r.text("sheet");
      const sheet = sheetText ? (resolve(sheetText)?.input.id ?? sheetText) : sheetText;
      rules.push(
        compact({
          id: r.text("id"),
          sheet,
          expr: r.text("expr"),
          message: compact({ vi: r.text("messageVi"), en: r.optionalText("messageEn") }),
          severity: r.word("severity", SEVERITY_WORDS, { vi: "mức độ", en: "severity" }),
        }),
      );
      ruleRows.push(tr.row);
    }
    reportDuplicates(
      rules.map((rule) => rule.id),
      (j) => at(rulesGrid, rulesTable, ruleRows[j], "id"),
      sink,
      { vi: "trùng mã ràng buộc", en: "duplicate rule id" },
    );
  }

  const input = {
    id: header.id?.value,
    version: header.version?.value,
    title: header.title?.value,
    sheets: drafts.map((d) => d.input),
    rules,
  };
  const parsed = outlineSchema.safeParse(input);
  if (!parsed.success) {
    const locate = (path: PropertyKey[]): SourceLocation | undefined => {
      const [p0, p1, p2, p3, p4] = path;
      if (p0 === "id" || p0 === "version" || p0 === "title") return header[p0]?.where;
      if (p0 === "rules" && rulesGrid && rulesTable) {
        if (typeof p1 !== "number") return { sheet: rulesGrid.name, row: rulesTable.headerRow };
        const key: RuleColumnKey | undefined =
          p2 === "message" ? (p3 === "en" ? "messageEn" : "messageVi") : ruleKey(p2);
        return at(rulesGrid, rulesTable, ruleRows[p1], key);
      }
      if (p0 !== "sheets" || typeof p1 !== "number") {
        return { sheet: sheetsGrid.name, row: sheetsTable.headerRow };
      }
      const d = drafts[p1];
      if (p2 === "columns" && d.kind === "indicators") {
        return at(sheetsGrid, sheetsTable, d.row, "columns");
      }
      if (p2 === "fields" || p2 === "indicators" || p2 === "columns") {
        if (typeof p3 !== "number") return at(sheetsGrid, sheetsTable, d.row, "id");
        const key = typeof p4 === "string" ? ITEM_FIELDS[p4] : undefined;
        return at(itemsGrid, itemsTable, d.itemRows[p3], key);
      }
      return at(sheetsGrid, sheetsTable, d.row, sheetKey(p2));
    };
    const found: Array<[SourceLocation, { vi: string; en: string }]> = [];
    for (const issue of parsed.error.issues) {
      const where = locate(issue.path);
      // No location: a header line that is missing altogether, already reported.
      if (!where || sink.covers(where)) continue;
      const text = describeIssue(issue, valueAt(input, issue.path), listName(issue.path));
      const [p0, p1, p2, p3] = issue.path;
      if (p0 === "sheets" && typeof p1 === "number" && drafts[p1].kind === "indicators") {
        if (p2 === "columns" && typeof p3 === "number") {
          // All value columns share one cell: say which one.
          text.vi = `cột giá trị thứ ${p3 + 1}: ${text.vi}`;
          text.en = `value column ${p3 + 1}: ${text.en}`;
        }
      }
      found.push([where, text]);
    }
    for (const [where, text] of found) sink.add(where, text.vi, text.en);
  }
  if (parsed.success && sink.problems.length === 0) return { outline: parsed.data, problems: [] };
  return { problems: sink.problems };
}

function findGrid(grids: Grid[], role: OutlineSheetRole): Grid | undefined {
  const { vi, en, aliases } = OUTLINE_SHEET_NAMES[role];
  const names = [vi, en, ...aliases].map(normalizeLabel);
  return grids.find((g) => names.includes(normalizeLabel(g.name)));
}

function reportMissingColumns<K extends string>(
  grid: Grid,
  table: Table<K>,
  specs: readonly ColumnSpec<K>[],
  sink: ProblemSink,
): void {
  const row = table.headerRow >= 0 ? table.headerRow : undefined;
  for (const spec of table.missing) {
    sink.add(
      { sheet: grid.name, row },
      `thiếu cột '${spec.vi}' ở dòng tiêu đề của bảng (cần các cột: ${requiredHeaders(specs)})`,
      `missing column '${spec.vi}' (${spec.en}) in the table header (columns needed: ${requiredHeaders(specs)})`,
    );
  }
}

function requiredHeaders(specs: readonly ColumnSpec[]): string {
  return specs
    .filter((s) => s.required)
    .map((s) => s.vi)
    .join(", ");
}

/** The key/value lines above the table of "Đề cương": outline id, version, title. */
function readHeaderBlock(
  grid: Grid,
  headerRow: number,
  sink: ProblemSink,
): Partial<Record<HeaderKey, { value: string | undefined; where: SourceLocation }>> {
  const out: Partial<Record<HeaderKey, { value: string | undefined; where: SourceLocation }>> = {};
  for (let r = 0; r < headerRow; r++) {
    const row = grid.rows[r] ?? [];
    row.forEach((cell, c) => {
      const field = HEADER_FIELDS.find((f) => !out[f.key] && headerMatches(f, cell));
      if (!field) return;
      let col = c + 1;
      for (let k = c + 1; k < row.length; k++) {
        if (cellText(row[k]) !== "") {
          col = k;
          break;
        }
      }
      const where = { sheet: grid.name, row: r, col };
      const value = cellText(row[col]);
      if (value === undefined) {
        sink.add(
          where,
          "ô không phải chữ (ngày tháng hoặc lỗi)",
          "the cell is not text (a date or an error)",
        );
      }
      out[field.key] = { value, where };
    });
  }
  for (const field of HEADER_FIELDS) {
    if (out[field.key]) continue;
    sink.add(
      { sheet: grid.name },
      `không tìm thấy dòng '${field.vi}' phía trên bảng các sheet`,
      `no '${field.vi}' (${field.en}) line above the table of sheets`,
    );
  }
  return out;
}

function readSheets(grid: Grid, table: Table<SheetColumnKey>, sink: ProblemSink) {
  const drafts: SheetDraft[] = [];
  const byId = new Map<string, SheetDraft>();
  const byLowerId = new Map<string, SheetDraft>();
  const broken = new Set<string>();
  for (const tr of table.rows) {
    const r = new RowReader(grid.name, table, tr, sink);
    const id = r.text("id");
    const kind = r.word("kind", KIND_WORDS, { vi: "loại", en: "kind" });
    if (!kind) {
      if (!r.filled("kind")) {
        r.report(
          "kind",
          `chưa điền loại sheet; dùng một trong: ${wordsOf(KIND_WORDS).join(", ")}`,
          `the sheet kind is missing; use one of: ${KIND_WORDS.map((w) => `${w.vi} (${w.en})`).join(", ")}`,
        );
      }
      if (id) broken.add(id.toLowerCase());
      continue;
    }
    const columnsText = r.untrimmedText("columns");
    const maxRows = r.number("maxRows");
    if (kind !== "indicators" && columnsText !== undefined) {
      r.report(
        "columns",
        "cột giá trị chỉ dùng cho sheet loại chỉ tiêu; hãy để trống",
        "value columns are only for indicator sheets; leave the cell blank",
      );
    }
    if (kind !== "list" && maxRows !== undefined) {
      r.report(
        "maxRows",
        "số dòng tối đa chỉ dùng cho sheet loại danh sách; hãy để trống",
        "max rows is only for list sheets; leave the cell blank",
      );
    }
    const items: Draft[] = [];
    const input: Draft = compact({ kind, id, name: r.text("name"), title: r.text("title") });
    if (kind === "info") input.fields = items;
    if (kind === "list") Object.assign(input, compact({ columns: items, maxRows }));
    if (kind === "indicators") {
      Object.assign(input, { columns: parseValueColumns(columnsText ?? ""), indicators: items });
    }
    const draft: SheetDraft = { kind, row: tr.row, input, items, itemRows: [] };
    drafts.push(draft);
    if (id && !byId.has(id)) byId.set(id, draft);
    if (id && !byLowerId.has(id.toLowerCase())) byLowerId.set(id.toLowerCase(), draft);
  }
  return {
    drafts,
    /** Sheet ids are matched exactly first, then ignoring case ("b1" finds "B1"). */
    resolve: (id: string) => byId.get(id) ?? byLowerId.get(id.toLowerCase()),
    isBroken: (id: string) => broken.has(id.toLowerCase()),
  };
}

function readItems(
  grid: Grid,
  table: Table<ItemColumnKey>,
  sink: ProblemSink,
  resolve: (id: string) => SheetDraft | undefined,
  isBroken: (id: string) => boolean,
  options: OutlineFromGridsOptions,
): void {
  for (const tr of table.rows) {
    const r = new RowReader(grid.name, table, tr, sink);
    const sheetId = r.text("sheet");
    if (sheetId === undefined) continue;
    if (sheetId === "") {
      r.report("sheet", "chưa điền mã sheet", "the sheet id is missing");
      continue;
    }
    const draft = resolve(sheetId);
    if (!draft) {
      // A sheet whose kind could not be read is already reported on its own row.
      if (!isBroken(sheetId)) {
        r.report(
          "sheet",
          `mã sheet '${sheetId}' không có trong sheet '${OUTLINE_SHEET_NAMES.sheets.vi}'`,
          `sheet id '${sheetId}' is not in sheet '${OUTLINE_SHEET_NAMES.sheets.vi}'`,
        );
      }
      continue;
    }
    draft.items.push(readItem(r, draft.kind, options));
    draft.itemRows.push(tr.row);
  }
}

function readItem(
  r: RowReader<ItemColumnKey>,
  kind: SheetKind,
  options: OutlineFromGridsOptions,
): Draft {
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
    const aggregationText = r.optionalText("aggregation");
    const aggregation = aggregationText === undefined ? null : parseAggregation(aggregationText);
    if (aggregation === undefined) {
      r.report(
        "aggregation",
        `cách tổng hợp '${aggregationText}' không hợp lệ; dùng tổng, trung bình, nhỏ nhất, lớn nhất, đếm có, không, hoặc 'tỷ lệ 3/1' (mã tử số/mã mẫu số)`,
        `aggregation '${aggregationText}' is not valid; use tổng (sum), trung bình (mean), nhỏ nhất (min), lớn nhất (max), đếm có (count yes), không (none), or 'tỷ lệ 3/1' (numerator code/denominator code)`,
      );
    }
    return compact({
      code,
      label,
      unit: r.text("unit"),
      ...common,
      appliesTo: readAppliesTo(r, options.unitTypes),
      aggregation: aggregation ?? undefined,
      sumOfChildren: r.mark("sumOfChildren"),
      heading: r.mark("heading"),
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

/** Reports every repeat of a value after its first occurrence (blank values are the schema's). */
function reportDuplicates(
  values: unknown[],
  where: (index: number) => SourceLocation,
  sink: ProblemSink,
  what: { vi: string; en: string },
): void {
  const seen = new Set<string>();
  values.forEach((v, j) => {
    if (typeof v !== "string" || v === "") return;
    if (seen.has(v)) sink.add(where(j), `${what.vi}: ${v}`, `${what.en}: ${v}`);
    seen.add(v);
  });
}

function at<K extends string>(
  grid: Grid,
  table: Table<K>,
  row: number | undefined,
  key: K | undefined,
): SourceLocation {
  const col = key === undefined ? undefined : table.columns[key];
  return { sheet: grid.name, row, ...(col === undefined ? {} : { col }) };
}

function sheetKey(field: PropertyKey | undefined): SheetColumnKey | undefined {
  return SHEET_COLUMNS.find((c) => c.key === field)?.key;
}

function ruleKey(field: PropertyKey | undefined): RuleColumnKey | undefined {
  return RULE_COLUMNS.find((c) => c.key === field)?.key;
}

/** What an empty list at this path is a list of, for "chưa có … nào". */
function listName(path: PropertyKey[]): { vi: string; en: string } {
  const items = `(thêm dòng ở sheet '${OUTLINE_SHEET_NAMES.items.vi}')`;
  switch (path[path.length - 1]) {
    case "sheets":
      return { vi: "sheet", en: "sheet" };
    case "indicators":
      return {
        vi: `chỉ tiêu ${items}`,
        en: `indicator (add rows to '${OUTLINE_SHEET_NAMES.items.vi}')`,
      };
    case "fields":
      return {
        vi: `trường thông tin ${items}`,
        en: `field (add rows to '${OUTLINE_SHEET_NAMES.items.vi}')`,
      };
    case "columns":
      return { vi: "cột", en: "column" };
    default:
      return { vi: "mục", en: "item" };
  }
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** Drops undefined entries, so the schema's defaults apply to what the sheet left out. */
function compact(o: Draft): Draft {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
