import { META_SHEET_NAME, type PlanSheet, type WorkbookPlan } from "../../shared/model";
import { buildMetaSheet } from "../../shared/plan/buildMetaSheet";
import { META_KEYS } from "../../shared/template/meta";

/**
 * The plan with its meta sheet listing `owned` as the add-in's sheets, so a later render may
 * replace them. A plan without a meta sheet gets a minimal one.
 *
 * @example withOwnedSheets(plan, ["Thông tin", "B1"]).sheets.at(-1) // _PhuLuc with ownedSheets "Thông tin|B1"
 */
export function withOwnedSheets(plan: WorkbookPlan, owned: string[]): WorkbookPlan {
  const value = owned.join("|");
  const index = plan.sheets.findIndex((s) => s.name === META_SHEET_NAME);
  if (index < 0) {
    return {
      ...plan,
      sheets: [...plan.sheets, buildMetaSheet({ sheetNames: {}, ownedSheets: owned })],
    };
  }
  const meta = plan.sheets[index];
  let found = false;
  const blocks = meta.blocks.map((b) => ({
    ...b,
    cells: b.cells.map((row) => {
      const k = row.findIndex((c) => c?.v === META_KEYS.owned);
      if (k < 0 || k + 1 >= row.length + 1) return row;
      found = true;
      const copy = [...row];
      copy[k + 1] = { ...copy[k + 1], v: value };
      return copy;
    }),
  }));
  const sheet: PlanSheet = found
    ? { ...meta, blocks }
    : {
        ...meta,
        blocks: [
          ...meta.blocks,
          {
            row: meta.blocks.reduce((m, b) => Math.max(m, b.row + b.cells.length), 0),
            col: 0,
            cells: [[{ v: META_KEYS.owned }, { v: value }]],
          },
        ],
      };
  const sheets = [...plan.sheets];
  sheets[index] = sheet;
  return { ...plan, sheets };
}
