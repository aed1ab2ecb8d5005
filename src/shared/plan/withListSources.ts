import { a1Range } from "../a1/a1";
import { LIST_SHEET_NAME, type PlanCell, type PlanSheet, type WorkbookPlan } from "../model";

/** "'_PhuLucDanhSach'!$B$1:$B$3" for column 1 (0-based) and 3 choices. */
function listReference(col: number, count: number): string {
  const [from, to] = a1Range(0, col, count - 1, col).split(":");
  const abs = (cell: string) => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return `'${LIST_SHEET_NAME}'!${abs(from)}:${abs(to ?? from)}`;
}

/**
 * The plan with every list validation pointing at cells that hold its choices: one column per
 * distinct list in a very hidden, protected sheet the add-in owns. An inline list cannot hold
 * "Văn hóa giao tiếp, ứng xử": Excel splits an inline list at commas ("a comma-delimited list
 * such as "Sue, Ricky, Liz"", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation#list-validation-rule-type)
 * and limits it to 255 characters
 * (https://support.microsoft.com/office/apply-data-validation-to-cells-29fecbcc-d1b9-42c1-9d76-eff3ce5f7249);
 * a range source has neither limit. Both writers (Office.js and .xlsx) render the result, so
 * the add-in and the file agree. Validations that already have a source, and plans without
 * lists, are returned as they are.
 *
 * @example withListSources(plan).sheets.at(-1).name === "_PhuLucDanhSach"
 * @example withListSources(plan).sheets[1].validations[0].source === "'_PhuLucDanhSach'!$A$1:$A$2"
 */
export function withListSources(plan: WorkbookPlan): WorkbookPlan {
  const columns = new Map<string, { col: number; items: string[] }>();
  const sourceOf = (items: string[]): string => {
    const key = JSON.stringify(items);
    let entry = columns.get(key);
    if (!entry) columns.set(key, (entry = { col: columns.size, items }));
    return listReference(entry.col, Math.max(1, items.length));
  };
  const sheets = plan.sheets.map((sheet) => {
    if (!sheet.validations.some((v) => v.kind === "list" && !v.source)) return sheet;
    return {
      ...sheet,
      validations: sheet.validations.map((v) =>
        v.kind === "list" && !v.source ? { ...v, source: sourceOf(v.list ?? []) } : v,
      ),
    };
  });
  if (columns.size === 0) return plan;
  const width = columns.size;
  const height = Math.max(...[...columns.values()].map((c) => c.items.length), 1);
  const cells: PlanCell[][] = Array.from({ length: height }, () =>
    Array.from({ length: width }, () => ({})),
  );
  for (const { col, items } of columns.values())
    items.forEach((item, r) => (cells[r][col] = { v: item }));
  const listSheet: PlanSheet = {
    name: LIST_SHEET_NAME,
    blocks: [{ row: 0, col: 0, cells }],
    merges: [],
    columnWidths: [],
    validations: [],
    protect: true,
    state: "veryHidden",
  };
  const others = sheets.filter((s) => s.name !== LIST_SHEET_NAME);
  return { ...plan, sheets: [...others, listSheet] };
}
