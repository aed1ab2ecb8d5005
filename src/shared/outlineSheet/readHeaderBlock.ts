import type { Grid } from "../model";
import { cellText } from "./cellText";
import { HEADER_FIELDS, type HeaderKey } from "./layout";
import type { SourceLocation } from "./problem";
import type { ProblemSink } from "./problemSink";
import { headerMatches } from "./readTable";

export type HeaderBlock = Partial<
  Record<HeaderKey, { value: string | undefined; where: SourceLocation }>
>;

/**
 * Reads the key/value lines above the table of "Đề cương" (outline id, version, title): a label
 * cell anywhere in a line, its value in the first filled cell to its right. Missing lines are
 * reported.
 *
 * @example readHeaderBlock(grid, 6, sink).version?.value === "1.0.0"
 */
export function readHeaderBlock(grid: Grid, headerRow: number, sink: ProblemSink): HeaderBlock {
  const out: HeaderBlock = {};
  for (let r = 0; r < headerRow; r++) {
    const row = grid.rows[r] ?? [];
    row.forEach((cell, c) => {
      const field = HEADER_FIELDS.find((f) => !out[f.key] && headerMatches(f, cell));
      if (!field) return;
      let col = c + 1;
      while (col < row.length - 1 && cellText(row[col]) === "") col++;
      if (cellText(row[col]) === "") col = c + 1;
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
