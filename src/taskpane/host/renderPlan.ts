import { a1Range } from "../../shared/a1/a1";
import { META_SHEET_NAME, type Grid, type PlanSheet, type WorkbookPlan } from "../../shared/model";
import { readMetaSheet, META_KEYS } from "../../shared/plan/meta";
import { applyStyle, hasDirectFormat } from "./applyStyle";
import { blockWrites } from "./blockWrites";
import { cellFromExcel } from "./cellFromExcel";
import { columnWidthRuns } from "./columnWidthRuns";
import { CancelledError, HostError } from "./hostError";
import { joinAddresses } from "./joinAddresses";
import { jsonBytes } from "./jsonBytes";
import { planSheetChanges } from "./planSheetChanges";
import { detectFeatures, type Features } from "./requirements";
import { styleAreas } from "./styleAreas";
import { toOfficeValidation } from "./toOfficeValidation";
import { withOwnedSheets } from "./withOwnedSheets";

/** Request budget per sync: Excel on the web rejects requests over 5 MB; keep a safe margin. */
export const MAX_SYNC_BYTES = 3_500_000;
/** Estimated request bytes of one queued call besides its arguments (action, ids, paths). */
export const CALL_OVERHEAD_BYTES = 128;
/** Longest address list passed to one `getRanges` call. */
const MAX_AREAS_CHARS = 2000;

export interface RenderOptions {
  /** Asked with the owned sheets about to be replaced; false cancels without changes. */
  confirmReplace: (names: string[]) => Promise<boolean>;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Override feature detection (tests). */
  features?: Features;
  maxSyncBytes?: number;
}

export interface RenderStats {
  cancelled: boolean;
  /** Syncs this render made (the load, the write batches, the rollback if any). */
  syncs: number;
  /** Estimated request bytes of each write batch. */
  batchBytes: number[];
  sheets: number;
  cells: number;
  replaced: string[];
}

/** One unit of queued work with its estimated request size. */
interface Action {
  bytes: number;
  run: () => void;
}

/**
 * Renders a WorkbookPlan into the open workbook with a constant number of syncs: one to learn
 * the sheets and the meta sheet, then one per ≈3.5 MB of writes (so a plan under that size
 * takes two syncs whatever the number of units). Only sheets the add-in owns are replaced, after
 * the user confirms; a plan sheet whose name belongs to a user sheet stops the render with a
 * HostError before anything is written. Replaced sheets are renamed aside, the new ones written,
 * then the old ones deleted, so a cancel or an Excel error puts the workbook back as it was.
 *
 * @example await renderPlan(buildTemplatePlan(campaign), { confirmReplace: askUser })
 */
export async function renderPlan(plan: WorkbookPlan, options: RenderOptions): Promise<RenderStats> {
  const features = options.features ?? detectFeatures();
  if (!features.core) throw new HostError("noExcelApi");
  const budget = options.maxSyncBytes ?? MAX_SYNC_BYTES;
  return Excel.run(async (context) => {
    const stats: RenderStats = {
      cancelled: false,
      syncs: 0,
      batchBytes: [],
      sheets: 0,
      cells: 0,
      replaced: [],
    };
    const workbook = context.workbook;
    const sheets = workbook.worksheets;
    sheets.load("items/name");
    const metaRange = sheets.getItemOrNullObject(META_SHEET_NAME).getUsedRangeOrNullObject(true);
    metaRange.load("values");
    const names = workbook.names;
    names.load("items/name,items/formula");
    await context.sync();
    stats.syncs++;

    const existing = sheets.items.map((s) => s.name);
    const meta = metaRange.isNullObject ? undefined : metaOf(metaRange.values);
    // A plan without a meta sheet still leaves one (withOwnedSheets below): it replaces the
    // workbook's own, keeping what that said (outline, unit) with the owned-sheet list updated.
    const planNames = plan.sheets.map((s) => s.name);
    const hasMeta = planNames.some((n) => n.toLowerCase() === META_SHEET_NAME.toLowerCase());
    const changes = planSheetChanges(
      existing,
      meta,
      hasMeta ? planNames : [...planNames, META_SHEET_NAME],
    );
    if (changes.clashes.length) {
      throw new HostError("errSheetClash", {
        names: changes.clashes.map((n) => `“${n}”`).join(", "),
      });
    }
    const visibleReplaced = changes.replace.filter(
      (n) => n.toLowerCase() !== META_SHEET_NAME.toLowerCase(),
    );
    if (visibleReplaced.length && !(await options.confirmReplace(visibleReplaced))) {
      return { ...stats, cancelled: true };
    }
    stats.replaced = visibleReplaced;
    const kept = hasMeta || metaRange.isNullObject ? [] : [metaSheetOf(metaRange.values)];
    const owned = withOwnedSheets({ ...plan, sheets: [...plan.sheets, ...kept] }, changes.owned);
    const ownedSet = new Set([...changes.owned, ...changes.replace].map((n) => n.toLowerCase()));

    const actions: Action[] = [];
    const push = (bytes: number, run: () => void) => actions.push({ bytes, run });
    const added = new Map<string, Excel.Worksheet>();
    const aside: Array<{ sheet: Excel.Worksheet; name: string; temp: string }> = [];
    const taken = new Set(existing.map((n) => n.toLowerCase()));

    changes.replace.forEach((name, i) => {
      let temp = `~phuluc${i}`;
      for (let k = 0; taken.has(temp.toLowerCase()); k++) temp = `~phuluc${i}_${k}`;
      taken.add(temp.toLowerCase());
      push(CALL_OVERHEAD_BYTES * 2 + jsonBytes(temp), () => {
        const sheet = sheets.getItem(name);
        sheet.name = temp;
        aside.push({ sheet, name, temp });
      });
    });
    for (const sheet of owned.sheets) {
      push(CALL_OVERHEAD_BYTES + jsonBytes(sheet.name), () =>
        added.set(sheet.name, sheets.add(sheet.name)),
      );
      stats.cells += sheetActions(sheet, owned.styles, features, budget, push, () =>
        added.get(sheet.name)!,
      );
    }
    const existingNames = new Map(names.items.map((n) => [n.name.toLowerCase(), n.formula]));
    for (const { name, ref } of owned.names) {
      const before = existingNames.get(name.toLowerCase());
      if (before !== undefined && !refersToOwned(before, ownedSet)) {
        throw new HostError("errSheetClash", { names: `“${name}”` });
      }
      const formula = ref.startsWith("=") ? ref : `=${ref}`;
      push(CALL_OVERHEAD_BYTES * 2 + jsonBytes([name, formula]), () => {
        if (before !== undefined) names.getItemOrNullObject(name).delete();
        names.add(name, formula);
      });
    }
    push(CALL_OVERHEAD_BYTES * changes.replace.length, () =>
      aside.forEach((a) => a.sheet.delete()),
    );
    for (const sheet of owned.sheets) {
      push(CALL_OVERHEAD_BYTES * 2, () => {
        const ws = added.get(sheet.name)!;
        if (sheet.protect)
          ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
        if (sheet.state !== "visible")
          ws.visibility = sheet.state === "hidden" ? "Hidden" : "VeryHidden";
      });
    }

    const batches = toBatches(actions, budget);
    stats.batchBytes = batches.map((b) => b.reduce((s, a) => s + a.bytes, 0));
    stats.sheets = owned.sheets.length;
    let done = 0;
    try {
      for (const batch of batches) {
        if (options.signal?.aborted) throw new CancelledError();
        if (features.suspendCalculation) workbook.application.suspendApiCalculationUntilNextSync();
        if (features.suspendScreenUpdating)
          workbook.application.suspendScreenUpdatingUntilNextSync();
        batch.forEach((a) => a.run());
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 3.5 MB of payload, never per sheet or unit: Excel on the web rejects larger requests.
        await context.sync();
        stats.syncs++;
        options.onProgress?.(++done, batches.length);
      }
    } catch (err) {
      stats.syncs += await rollback(
        context,
        existing,
        owned.sheets.map((s) => s.name),
        aside,
      );
      if (err instanceof CancelledError || err instanceof HostError) throw err;
      throw new HostError(
        "errExcel",
        { message: err instanceof Error ? err.message : String(err) },
        err,
      );
    }
    return stats;
  });
}

/**
 * Puts the workbook back after a cancel or an Excel error: what a failed batch applied is only
 * known after reading the sheet list again, so this takes two syncs. Returns the syncs made.
 */
async function rollback(
  context: Excel.RequestContext,
  before: string[],
  planNames: string[],
  aside: Array<{ sheet: Excel.Worksheet; name: string; temp: string }>,
): Promise<number> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  try {
    await context.sync();
  } catch {
    return 1;
  }
  const existed = new Set(before.map((n) => n.toLowerCase()));
  const ours = new Set(planNames.map((n) => n.toLowerCase()));
  const now = sheets.items.map((s) => s.name);
  const present = new Set(now.map((n) => n.toLowerCase()));
  const setAside = aside.filter((a) => present.has(a.temp.toLowerCase()));
  const freed = new Set(setAside.map((a) => a.name.toLowerCase()));
  for (const name of now) {
    const k = name.toLowerCase();
    if (ours.has(k) && (!existed.has(k) || freed.has(k))) sheets.getItem(name).delete();
  }
  for (const a of setAside) a.sheet.name = a.name;
  await context.sync().catch(() => undefined);
  return 2;
}

/** Reads the meta sheet's values: its marker and owned-sheet list. */
function metaOf(values: unknown[][]): { marker: boolean; owned: string[] } {
  const grid: Grid = {
    name: META_SHEET_NAME,
    rows: values.map((r) => r.map((v) => cellFromExcel(v, "General"))),
  };
  const marker = values.some(
    (r) => String(r[0]).trim() === META_KEYS.marker && String(r[1]).trim() === "1",
  );
  return { marker, owned: readMetaSheet(grid).ownedSheets };
}

/** The workbook's meta sheet as it is, to be written back (very hidden, as the add-in made it). */
function metaSheetOf(values: unknown[][]): PlanSheet {
  return {
    name: META_SHEET_NAME,
    state: "veryHidden",
    blocks: [
      {
        row: 0,
        col: 0,
        cells: values.map((r) =>
          r.map((v) => ({
            v: typeof v === "number" || typeof v === "boolean" ? v : String(v ?? "") || null,
          })),
        ),
      },
    ],
    merges: [],
    columnWidths: [],
    validations: [],
    protect: false,
  };
}

function refersToOwned(formula: string, owned: Set<string>): boolean {
  if (/#REF!/.test(formula)) return true;
  const m = /^=?(?:'((?:[^']|'')+)'|([^!]+))!/.exec(formula);
  const sheet = m ? (m[1]?.replace(/''/g, "'") ?? m[2]) : undefined;
  return sheet !== undefined && owned.has(sheet.toLowerCase());
}

/** Queues the writes of one sheet; returns the number of cells written. */
function sheetActions(
  sheet: PlanSheet,
  styles: WorkbookPlan["styles"],
  features: Features,
  budget: number,
  push: (bytes: number, run: () => void) => void,
  ws: () => Excel.Worksheet,
): number {
  let cells = 0;
  // Quarter-budget writes let the greedy packing fill each sync close to the budget.
  const maxWrite = Math.max(1024, Math.floor(budget / 4));
  for (const block of sheet.blocks) {
    for (const w of blockWrites(block, styles, maxWrite)) {
      cells += w.rows * w.cols;
      const address = a1Range(w.row, w.col, w.row + w.rows - 1, w.col + w.cols - 1);
      push(w.bytes + CALL_OVERHEAD_BYTES * 3, () => {
        const range = ws().getRange(address);
        if (w.numberFormat) range.numberFormat = w.numberFormat;
        if (w.hasFormula) range.formulas = w.input;
        else range.values = w.input;
      });
    }
  }
  for (const area of styleAreas(sheet)) {
    const style = styles[area.style];
    if (!hasDirectFormat(style)) continue;
    const groups = features.rangeAreas ? joinAddresses(area.ranges, MAX_AREAS_CHARS) : area.ranges;
    for (const addresses of groups) {
      push(jsonBytes(addresses) + CALL_OVERHEAD_BYTES * 20, () => {
        const target = features.rangeAreas ? ws().getRanges(addresses) : ws().getRange(addresses);
        applyStyle(target.format, style);
      });
    }
  }
  if (sheet.merges.length) {
    push(
      sheet.merges.reduce((s, m) => s + jsonBytes(m) + CALL_OVERHEAD_BYTES * 2, 0),
      () => sheet.merges.forEach((m) => ws().getRange(m).merge(false)),
    );
  }
  const runs = columnWidthRuns(sheet.columnWidths);
  if (runs.length) {
    push(runs.length * CALL_OVERHEAD_BYTES * 2, () =>
      runs.forEach((r) => {
        ws().getRange(a1Range(0, r.c1, 0, r.c2)).format.columnWidth = r.points;
      }),
    );
  }
  const freeze = sheet.freeze;
  if (freeze && (freeze.rows || freeze.cols) && features.freezePanes) {
    push(CALL_OVERHEAD_BYTES * 2, () => {
      const panes = ws().freezePanes;
      if (freeze.rows && freeze.cols)
        panes.freezeAt(ws().getRange(a1Range(0, 0, freeze.rows - 1, freeze.cols - 1)));
      else if (freeze.rows) panes.freezeRows(freeze.rows);
      else panes.freezeColumns(freeze.cols);
    });
  }
  if (features.dataValidation) {
    for (const v of sheet.validations) {
      const dv = toOfficeValidation(v);
      push(jsonBytes(dv) + CALL_OVERHEAD_BYTES * 4, () => {
        const target = ws().getRange(v.range).dataValidation;
        target.rule = dv.rule;
        if (dv.prompt) target.prompt = dv.prompt;
        if (dv.errorAlert) target.errorAlert = dv.errorAlert;
      });
    }
  }
  if (sheet.tabColor && features.tabColor) {
    push(CALL_OVERHEAD_BYTES, () => {
      ws().tabColor = `#${sheet.tabColor}`;
    });
  }
  return cells;
}

/** Greedy packing of actions into batches of at most `budget` bytes, order kept. */
function toBatches(actions: Action[], budget: number): Action[][] {
  const out: Action[][] = [];
  let cur: Action[] = [];
  let size = 0;
  for (const a of actions) {
    if (cur.length && size + a.bytes > budget) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(a);
    size += a.bytes;
  }
  if (cur.length) out.push(cur);
  return out;
}
