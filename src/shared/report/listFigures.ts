import type { Consolidation } from "../consolidate/consolidate";
import type { Campaign, ListSheet } from "../model";
import type { DraftFigure } from "./draftTypes";
import { formatViNumber } from "./formatVi";
import { countInProse } from "./numberWords";
import { unitsNoun, upperFirst } from "./phrases";

/**
 * The drafted sentence of a list sheet: how many rows the units sent, from how many units, and
 * how they split by the list's first choice column ("theo tập thể / cá nhân: Tập thể 12, …").
 *
 * @example listFigures(campaign, l2, c)[0].text
 * // "Đề nghị khen thưởng tập thể, cá nhân có thành tích tiêu biểu: 42 trường hợp, do 18 tổ chức cơ sở đảng đề xuất; theo tập thể / cá nhân: Tập thể 12, Cá nhân 30."
 */
export function listFigures(campaign: Campaign, sheet: ListSheet, c: Consolidation): DraftFigure[] {
  const rows = c.lists[sheet.id] ?? [];
  const subject = upperFirst(sheet.title.replace(/^danh sách\s+/iu, ""));
  const source = `${sheet.name} (danh sách)`;
  if (rows.length === 0)
    return [{ text: `${subject}: chưa có ${unitsNoun(campaign)} nào đề xuất.`, source, refs: [] }];
  const units = new Set(rows.map((r) => r.unit.code)).size;
  const choice = sheet.columns.find((col) => col.type === "choice");
  let split = "";
  if (choice) {
    const counts = new Map<string, number>();
    for (const { row } of rows) {
      const v = row[choice.id]?.v;
      if (typeof v === "string" && v) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const order = choice.choices ?? [];
    const shown = [...counts].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
    if (shown.length > 0)
      split = `; theo ${choice.header.toLocaleLowerCase("vi")}: ${shown.map(([k, n]) => `${k} ${formatViNumber(n)}`).join(", ")}`;
  }
  return [
    {
      text: `${subject}: ${formatViNumber(rows.length)} nội dung, do ${countInProse(units)} ${unitsNoun(campaign)} đề xuất${split}.`,
      source,
      refs: [],
    },
  ];
}
