import type { ValueColumn } from "../model";
import { joinList, splitList } from "./splitList";

/**
 * Writes the value columns of an indicator sheet in one cell: `id|header` items.
 *
 * @example formatValueColumns([{ id: "2016", header: "Năm 2016" }]) === "2016|Năm 2016"
 */
export function formatValueColumns(columns: readonly ValueColumn[]): string {
  return joinList(columns.map((c) => `${c.id}|${c.header}`));
}

/**
 * Reads value columns back. An item without "|" is both id and header ("SL" → SL|SL); only the
 * first "|" separates, so a header may contain "|". Ids and headers are checked by the schema.
 *
 * @example parseValueColumns("2016|Năm 2016; 2017 | Năm 2017")
 *   // [{ id: "2016", header: "Năm 2016" }, { id: "2017", header: "Năm 2017" }]
 */
export function parseValueColumns(text: string): ValueColumn[] {
  return splitList(text).map((item) => {
    const bar = item.indexOf("|");
    if (bar < 0) return { id: item, header: item };
    return { id: item.slice(0, bar).trim(), header: item.slice(bar + 1).trim() };
  });
}
