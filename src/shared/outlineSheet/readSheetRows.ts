import { compact } from "./compact";
import type { SheetColumnKey } from "./layout";
import type { ProblemSink } from "./problemSink";
import type { TableSource } from "./tableSource";
import { parseValueColumns } from "./valueColumns";
import { KIND_WORDS, wordsOf, type SheetKind } from "./vocabulary";

/** One outline sheet being assembled: its "Đề cương" row, then the rows that belong to it. */
export interface SheetDraft {
  kind: SheetKind;
  /** Row in "Đề cương". */
  row: number;
  /** What goes to the schema; `items` is its fields, indicators or list columns array. */
  input: Record<string, unknown>;
  items: Array<Record<string, unknown>>;
  /** Row in "Đề cương - Chỉ tiêu" of each item. */
  itemRows: number[];
}

export interface SheetRows {
  drafts: SheetDraft[];
  /** The sheet of an id, matched exactly first, then ignoring case ("b1" finds "B1"). */
  resolve(id: string): SheetDraft | undefined;
  /** Whether the id belongs to a row whose kind could not be read (already reported). */
  isBroken(id: string): boolean;
}

/**
 * Reads the table of "Đề cương": one row per outline sheet with its kind word, id, tab name,
 * title, value columns (indicator sheets) and row limit (list sheets).
 *
 * @example readSheetRows(source, sink).resolve("b1")?.kind === "indicators"
 */
export function readSheetRows(source: TableSource<SheetColumnKey>, sink: ProblemSink): SheetRows {
  const drafts: SheetDraft[] = [];
  const byId = new Map<string, SheetDraft>();
  const byLowerId = new Map<string, SheetDraft>();
  const broken = new Set<string>();
  for (const r of source.readers(sink)) {
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
    const items: SheetDraft["items"] = [];
    const input = compact({ kind, id, name: r.text("name"), title: r.text("title") });
    if (kind === "info") input.fields = items;
    if (kind === "list") Object.assign(input, compact({ columns: items, maxRows }));
    if (kind === "indicators") {
      Object.assign(input, { columns: parseValueColumns(columnsText ?? ""), indicators: items });
    }
    const draft: SheetDraft = { kind, row: r.where().row ?? -1, input, items, itemRows: [] };
    drafts.push(draft);
    if (id && !byId.has(id)) byId.set(id, draft);
    if (id && !byLowerId.has(id.toLowerCase())) byLowerId.set(id.toLowerCase(), draft);
  }
  return {
    drafts,
    resolve: (id) => byId.get(id) ?? byLowerId.get(id.toLowerCase()),
    isBroken: (id) => broken.has(id.toLowerCase()),
  };
}
