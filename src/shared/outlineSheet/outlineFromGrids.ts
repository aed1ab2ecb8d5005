import { outlineSchema, type Grid, type Outline } from "../model";
import { normalizeLabel } from "../text";
import { describeIssue, listNameAt } from "./describeIssue";
import {
  ITEM_COLUMNS,
  OUTLINE_SHEET_NAMES,
  RULE_COLUMNS,
  SHEET_COLUMNS,
  type ColumnSpec,
  type OutlineSheetRole,
} from "./layout";
import { locateIssue, type OutlineSources } from "./locateIssue";
import { makeProblem, type OutlineSheetProblem, type SourceLocation } from "./problem";
import { ProblemSink } from "./problemSink";
import { readHeaderBlock } from "./readHeaderBlock";
import { readItemRows } from "./readItemRows";
import { readRuleRows } from "./readRuleRows";
import { readSheetRows } from "./readSheetRows";
import { readTable } from "./readTable";
import { reportDuplicates } from "./reportDuplicates";
import { TableSource } from "./tableSource";

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

/**
 * Reads the outline sheets written by outlineToPlanSheets ("Đề cương", "Đề cương - Chỉ tiêu",
 * "Đề cương - Ràng buộc", or their English names) back into an outline, after the office has
 * edited them. Columns are found by header text in any order, extra columns and blank rows are
 * ignored, words are read in any case, with or without diacritics, in Vietnamese or English, and
 * numbers may be typed as text. The result is checked with the outline schema; every problem,
 * including the schema's, names the sheet and cell. The rules sheet may be absent (no rules).
 * Never throws.
 *
 * @example
 * const { outline, problems } = outlineFromGrids(gridsOfTheWorkbook, { unitTypes: ["CQ", "DN"] });
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
  const sheetsGrid = findGrid(grids, "sheets", sink);
  const itemsGrid = findGrid(grids, "items", sink);
  const rulesGrid = grids.find(isNamed("rules"));
  if (!sheetsGrid || !itemsGrid) return { problems: sink.problems };

  const sheets = tableOf(sheetsGrid, SHEET_COLUMNS, sink);
  const items = tableOf(itemsGrid, ITEM_COLUMNS, sink);
  const rules = rulesGrid ? tableOf(rulesGrid, RULE_COLUMNS, sink) : undefined;
  if (sink.problems.length > 0) return { problems: sink.problems };

  const header = readHeaderBlock(sheetsGrid, sheets.table.headerRow, sink);
  const sheetRows = readSheetRows(sheets, sink);
  readItemRows(items, sheetRows, sink, options.unitTypes);
  const { drafts } = sheetRows;
  for (const d of drafts) {
    // The schema checks indicator codes and sheet ids; these ids are ours to check.
    if (d.kind === "indicators") {
      reportDuplicates(
        (d.input.columns as Array<{ id: string }>).map((c) => c.id),
        () => sheets.at(d.row, "columns"),
        sink,
        { vi: "trùng mã cột giá trị", en: "duplicate value column id" },
      );
    } else {
      const sheetId = String(d.input.id);
      reportDuplicates(
        d.items.map((i) => i.id),
        (j) => items.at(d.itemRows[j], "code"),
        sink,
        { vi: `trùng mã trong sheet ${sheetId}`, en: `duplicate id in sheet ${sheetId}` },
      );
    }
  }
  const ruleRows = rules ? readRuleRows(rules, sheetRows, sink) : { rules: [], rows: [] };
  if (rules) {
    reportDuplicates(
      ruleRows.rules.map((r) => r.id),
      (j) => rules.at(ruleRows.rows[j], "id"),
      sink,
      { vi: "trùng mã ràng buộc", en: "duplicate rule id" },
    );
  }

  const input = {
    id: header.id?.value,
    version: header.version?.value,
    title: header.title?.value,
    sheets: drafts.map((d) => d.input),
    rules: ruleRows.rules,
  };
  const parsed = outlineSchema.safeParse(input);
  if (parsed.success) {
    return sink.problems.length === 0
      ? { outline: parsed.data, problems: [] }
      : { problems: sink.problems };
  }
  const sources: OutlineSources = { header, sheets, items, rules, drafts, ruleRows: ruleRows.rows };
  const found: Array<[SourceLocation, { vi: string; en: string }]> = [];
  for (const issue of parsed.error.issues) {
    const where = locateIssue(issue.path, sources);
    // Not located: a header line missing altogether. Covered: the same mistake, told better.
    if (!where || sink.covers(where)) continue;
    const text = describeIssue(issue, valueAt(input, issue.path), listNameAt(issue.path));
    const [p0, p1, p2, p3] = issue.path;
    if (p0 === "sheets" && typeof p1 === "number" && p2 === "columns" && typeof p3 === "number") {
      if (drafts[p1].kind === "indicators") {
        // All value columns share one cell: say which one.
        text.vi = `cột giá trị thứ ${p3 + 1}: ${text.vi}`;
        text.en = `value column ${p3 + 1}: ${text.en}`;
      }
    }
    found.push([where, text]);
  }
  for (const [where, text] of found) sink.add(where, text.vi, text.en);
  return { problems: sink.problems };
}

function isNamed(role: OutlineSheetRole): (g: Grid) => boolean {
  const { vi, en, aliases } = OUTLINE_SHEET_NAMES[role];
  const names = [vi, en, ...aliases].map(normalizeLabel);
  return (g) => names.includes(normalizeLabel(g.name));
}

function findGrid(grids: Grid[], role: OutlineSheetRole, sink: ProblemSink): Grid | undefined {
  const grid = grids.find(isNamed(role));
  if (!grid) {
    const { vi, en } = OUTLINE_SHEET_NAMES[role];
    sink.add({ sheet: vi }, `không tìm thấy sheet '${vi}'`, `sheet '${vi}' ('${en}') not found`);
  }
  return grid;
}

/** Reads a table and reports the required columns it lacks. */
function tableOf<K extends string>(
  grid: Grid,
  specs: readonly ColumnSpec<K>[],
  sink: ProblemSink,
): TableSource<K> {
  const source = new TableSource(grid, readTable(grid, specs));
  const needed = specs
    .filter((s) => s.required)
    .map((s) => s.vi)
    .join(", ");
  for (const spec of source.table.missing) {
    sink.add(
      source.headerAt(),
      `thiếu cột '${spec.vi}' ở dòng tiêu đề của bảng (cần các cột: ${needed})`,
      `missing column '${spec.vi}' (${spec.en}) in the table header (columns needed: ${needed})`,
    );
  }
  return source;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}
