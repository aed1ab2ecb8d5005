import { isCellDate, isCellError, type Cell } from "../model";
import { parseYesNo, toNfc } from "../text";
import { cellNumber } from "./cellNumber";
import { cellText } from "./cellText";
import type { SourceLocation } from "./problem";
import type { ProblemSink } from "./problemSink";
import type { Table, TableRow } from "./readTable";
import { splitList } from "./splitList";
import { valueForWord, type Vocabulary } from "./vocabulary";

/**
 * Reads the typed values of one table row, reporting unreadable cells to the sink. Every reader
 * gives undefined when the column is absent or the cell could not be read, so the schema default
 * (or the schema's own error) takes over.
 *
 * @example new RowReader("Đề cương - Chỉ tiêu", table, row, sink).word("type", VALUE_TYPE_WORDS, …)
 */
export class RowReader<K extends string> {
  constructor(
    private readonly sheet: string,
    private readonly table: Table<K>,
    private readonly tableRow: TableRow<K>,
    private readonly sink: ProblemSink,
  ) {}

  /** The cell of a column in this row, or the row itself when the column is absent. */
  where(key?: K): SourceLocation {
    const col = key === undefined ? undefined : this.table.columns[key];
    return { sheet: this.sheet, row: this.tableRow.row, ...(col === undefined ? {} : { col }) };
  }

  /** Whether the cell holds anything. */
  filled(key: K): boolean {
    const c = this.tableRow.cells[key];
    return c !== undefined && c !== null && !(typeof c === "string" && c.trim() === "");
  }

  /** Text ("" when blank), undefined when the column is absent or holds a date or an error. */
  text(key: K): string | undefined {
    if (!(key in this.tableRow.cells)) return undefined;
    const cell = this.tableRow.cells[key] ?? null;
    const t = cellText(cell);
    if (t === undefined) this.notText(key, cell);
    return t;
  }

  /** Text, undefined when blank. */
  optionalText(key: K): string | undefined {
    const t = this.text(key);
    return t === "" ? undefined : t;
  }

  /** Items separated by ";" (or lines), undefined when there are none. */
  list(key: K): string[] | undefined {
    const t = this.untrimmedText(key);
    const items = t === undefined ? [] : splitList(t);
    return items.length > 0 ? items : undefined;
  }

  /**
   * Text as typed, for cells holding lists: a lone item containing ";" is written with a
   * trailing line break, which trimming would lose. Undefined when blank.
   */
  untrimmedText(key: K): string | undefined {
    const cell = this.tableRow.cells[key];
    if (typeof cell === "string") return cell.trim() === "" ? undefined : toNfc(cell);
    return this.optionalText(key);
  }

  number(key: K): number | undefined {
    const cell = this.tableRow.cells[key];
    const n = cellNumber(cell);
    if (n === undefined) {
      this.sink.add(
        this.where(key),
        `'${cellText(cell) ?? "?"}' không phải là số`,
        `'${cellText(cell) ?? "?"}' is not a number`,
      );
      return undefined;
    }
    return n ?? undefined;
  }

  /** "x" (or có, yes, TRUE…) is true, blank or "không" is false. */
  mark(key: K): boolean | undefined {
    if (!(key in this.tableRow.cells)) return undefined;
    if (!this.filled(key)) return false;
    const cell = this.tableRow.cells[key] ?? null;
    const value =
      typeof cell === "object" ? null : parseYesNo(typeof cell === "string" ? cell.trim() : cell);
    if (value === null) {
      const t = cellText(cell) ?? "?";
      this.sink.add(
        this.where(key),
        `'${t}' không hợp lệ; đánh "x" hoặc để trống`,
        `'${t}' is not valid; type "x" or leave the cell blank`,
      );
      return undefined;
    }
    return value;
  }

  /** A vocabulary word, undefined when blank or unknown (unknown words are reported). */
  word<T extends string>(
    key: K,
    vocabulary: Vocabulary<T>,
    what: { vi: string; en: string },
  ): T | undefined {
    const t = this.optionalText(key);
    if (t === undefined) return undefined;
    const value = valueForWord(vocabulary, t);
    if (value === undefined) {
      this.sink.add(
        this.where(key),
        `${what.vi} '${t}' không hợp lệ; dùng một trong: ${vocabulary.map((w) => w.vi).join(", ")}`,
        `${what.en} '${t}' is not valid; use one of: ${vocabulary.map((w) => `${w.vi} (${w.en})`).join(", ")}`,
      );
    }
    return value;
  }

  /** Reports a problem at a cell of this row (or at the row when the column is absent). */
  report(key: K | undefined, vi: string, en: string): void {
    this.sink.add(this.where(key), vi, en);
  }

  private notText(key: K, cell: Cell): void {
    if (isCellDate(cell)) {
      this.report(
        key,
        "ô đang chứa ngày tháng, không phải chữ; hãy định dạng ô là Văn bản (Text) rồi gõ lại",
        "the cell holds a date, not text; format the cell as Text and type it again",
      );
    } else if (isCellError(cell)) {
      this.report(key, `ô có lỗi ${cell.code}`, `the cell holds the error ${cell.code}`);
    } else {
      this.report(key, "ô không đọc được", "the cell cannot be read");
    }
  }
}
