import { a1Range } from "../../shared/a1/a1";
import {
  LIST_SHEET_NAME,
  META_SHEET_NAME,
  type Grid,
  type PlanSheet,
  type WorkbookPlan,
} from "../../shared/model";
import { readMetaSheet, META_KEYS } from "../../shared/template/meta";
import { withListSources } from "../../shared/plan/withListSources";
import { applyPrintLayout } from "./applyPrintLayout";
import { sameValueRuns } from "./sameValueRuns";
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
 * HostError before anything is written, as does a workbook whose structure is protected. The
 * add-in's own sheets are updated in place (cleared, then written), so formulas of the user that
 * point at them keep working; a hidden copy of each is kept until the end, so a cancel or an Excel
 * error puts the workbook back as it was. After the writes, one sync recalculates.
 *
 * @example await renderPlan(buildTemplatePlan(campaign), { confirmReplace: askUser })
 */
export async function renderPlan(
  given: WorkbookPlan,
  options: RenderOptions,
): Promise<RenderStats> {
  // Every list validation takes its choices from cells (commas, 255 characters).
  const plan = withListSources(given);
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
    sheets.load("items/name,items/visibility");
    const names = workbook.names;
    names.load("items/name,items/formula");
    const structure = workbook.protection;
    structure.load("protected");
    await context.sync();
    stats.syncs++;
    // Adding or deleting sheets fails in a workbook whose structure is protected: say so first.
    if (structure.protected) throw new HostError("errWorkbookProtected");

    const existing = sheets.items.map((s) => s.name);
    const meta = await readMeta(context, existing);
    if (meta.read) stats.syncs++;
    // A plan without a meta sheet still leaves one (withOwnedSheets below): it replaces the
    // workbook's own, keeping what that said (outline, unit) with the owned-sheet list updated.
    const planNames = plan.sheets.map((s) => s.name);
    const hasMeta = planNames.some((n) => n.toLowerCase() === META_SHEET_NAME.toLowerCase());
    const changes = planSheetChanges(
      existing,
      meta.content,
      hasMeta ? planNames : [...planNames, META_SHEET_NAME],
    );
    if (changes.clashes.length) {
      throw new HostError("errSheetClash", {
        names: changes.clashes.map((n) => `“${n}”`).join(", "),
      });
    }
    // The user is asked about the sheets they see, not the hidden meta and list sheets.
    const hiddenOwn = new Set([META_SHEET_NAME, LIST_SHEET_NAME].map((n) => n.toLowerCase()));
    const visibleReplaced = changes.replace.filter((n) => !hiddenOwn.has(n.toLowerCase()));
    if (visibleReplaced.length && !(await options.confirmReplace(visibleReplaced))) {
      return { ...stats, cancelled: true };
    }
    stats.replaced = visibleReplaced;
    const kept = hasMeta || !meta.values ? [] : [metaSheetOf(meta.values)];
    const owned = withOwnedSheets({ ...plan, sheets: [...plan.sheets, ...kept] }, changes.owned);
    const ownedSet = new Set([...changes.owned, ...changes.replace].map((n) => n.toLowerCase()));
    const inPlace = new Set(changes.replace.map((n) => n.toLowerCase()));
    const visibilityOf = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.visibility]));

    // Preparing a consolidated appendix's calls takes a few hundred ms: the pane is given a turn
    // every SLICE_MS of it, so it never freezes (issue 16: no task over 200 ms).
    const breathe = slicer();
    const actions: Action[] = [];
    const push = (bytes: number, run: () => void) => actions.push({ bytes, run });
    // Validations after every sheet exists: a list's source names the very hidden list sheet.
    const validations: Action[] = [];
    const pushValidation = (bytes: number, run: () => void) => validations.push({ bytes, run });
    const target = new Map<string, Excel.Worksheet>();
    const backups: Backup[] = [];
    const taken = new Set(existing.map((n) => n.toLowerCase()));

    for (const sheet of owned.sheets) {
      const key = sheet.name.toLowerCase();
      if (inPlace.has(key)) {
        // Updated in place, so a user's formula pointing at it keeps working; a hidden copy taken
        // first (ExcelApi 1.10) lets a cancel or an Excel error put the old sheet back.
        let temp = "~phuluc";
        for (let k = 0; taken.has(temp.toLowerCase()); k++) temp = `~phuluc${k}`;
        taken.add(temp.toLowerCase());
        const visibility = visibilityOf.get(key) ?? "Visible";
        const position = existing.findIndex((n) => n.toLowerCase() === key);
        push(CALL_OVERHEAD_BYTES * 8 + jsonBytes(temp), () => {
          const ws = sheets.getItem(sheet.name);
          if (features.copySheets) {
            const copy = ws.copy(Excel.WorksheetPositionType.end);
            copy.name = temp;
            copy.visibility = Excel.SheetVisibility.veryHidden;
            backups.push({ sheet: copy, name: sheet.name, visibility, position });
          }
          ws.protection.unprotect();
          const all = ws.getRange();
          all.clear(Excel.ClearApplyTo.all);
          all.unmerge();
          if (features.dataValidation) all.dataValidation.clear();
          if (features.freezePanes) ws.freezePanes.unfreeze();
          target.set(sheet.name, ws);
        });
      } else {
        push(CALL_OVERHEAD_BYTES + jsonBytes(sheet.name), () =>
          target.set(sheet.name, sheets.add(sheet.name)),
        );
      }
      stats.cells += await sheetActions(sheet, owned.styles, features, budget, push, breathe, () =>
        target.get(sheet.name)!,
      );
      if (features.dataValidation)
        validationActions(sheet, pushValidation, () => target.get(sheet.name)!);
    }
    actions.push(...validations);
    const existingNames = new Map(names.items.map((n) => [n.name.toLowerCase(), n.formula]));
    for (const { name, ref } of owned.names) {
      const before = existingNames.get(name.toLowerCase());
      if (before !== undefined && !refersToOwned(before, ownedSet)) {
        throw new HostError("errSheetClash", { names: `“${name}”` });
      }
      const formula = ref.startsWith("=") ? ref : `=${ref}`;
      push(CALL_OVERHEAD_BYTES * 2 + jsonBytes([name, formula]), () => {
        if (before !== undefined) names.getItem(name).delete();
        names.add(name, formula);
      });
    }
    push(CALL_OVERHEAD_BYTES * changes.replace.length, () =>
      backups.forEach((b) => b.sheet.delete()),
    );
    for (const sheet of owned.sheets) {
      push(CALL_OVERHEAD_BYTES * 2, () => {
        const ws = target.get(sheet.name)!;
        if (sheet.protect)
          ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
        ws.visibility =
          sheet.state === "visible"
            ? "Visible"
            : sheet.state === "hidden"
              ? "Hidden"
              : "VeryHidden";
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
        // Once, not per batch: "Repeated calls will cause the Excel window to flicker"
        // (https://learn.microsoft.com/office/dev/add-ins/excel/performance#suspend-screen-updating).
        if (features.suspendScreenUpdating && done === 0)
          workbook.application.suspendScreenUpdatingUntilNextSync();
        batch.forEach((a) => a.run());
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 3.5 MB of payload, never per sheet or unit: Excel on the web rejects larger requests.
        await context.sync();
        stats.syncs++;
        done++; // not inside onProgress?.(…): its arguments are skipped when there is no callback
        options.onProgress?.(done, batches.length);
      }
      if (features.suspendCalculation) {
        // "Once set, it is the developer's responsibility to re-calc the workbook, to ensure that
        // any dependencies are propagated" (Application.suspendApiCalculationUntilNextSync,
        // https://learn.microsoft.com/javascript/api/excel/excel.application). The totals written
        // while suspended are calculated here, in a sync of their own, after the last write.
        workbook.application.calculate(Excel.CalculationType.recalculate);
        await context.sync();
        stats.syncs++;
      }
    } catch (err) {
      stats.syncs += await rollback(
        context,
        existing,
        owned.sheets.map((s) => s.name),
        backups,
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

/** The hidden copy of an owned sheet taken before it is updated in place. */
interface Backup {
  sheet: Excel.Worksheet;
  name: string;
  visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";
  position: number;
}

/**
 * The meta sheet's content, read only when the sheet exists (no call on a possibly-null sheet):
 * one more sync in a workbook the add-in has written before.
 */
async function readMeta(
  context: Excel.RequestContext,
  existing: string[],
): Promise<{
  read: boolean;
  content?: { marker: boolean; owned: string[] };
  values?: unknown[][];
}> {
  const name = existing.find((n) => n.toLowerCase() === META_SHEET_NAME.toLowerCase());
  if (!name) return { read: false };
  const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  if (used.isNullObject) return { read: true };
  return { read: true, content: metaOf(used.values), values: used.values };
}

/**
 * Puts the workbook back after a cancel or an Excel error: the sheets it added are deleted, and
 * each sheet updated in place is replaced by its hidden copy (a user's formula pointing at it then
 * shows #REF!, as it would after any sheet is deleted: only the failure path pays that). What a
 * failed batch applied is only known after reading the sheet list again: two syncs.
 */
async function rollback(
  context: Excel.RequestContext,
  before: string[],
  planNames: string[],
  backups: Backup[],
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
  for (const name of now) {
    const k = name.toLowerCase();
    if (ours.has(k) && !existed.has(k)) sheets.getItem(name).delete();
  }
  for (const b of backups) {
    if (!present.has(b.name.toLowerCase())) continue;
    sheets.getItem(b.name).delete();
    b.sheet.name = b.name;
    b.sheet.visibility = b.visibility as Excel.SheetVisibility;
    b.sheet.position = b.position;
  }
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

/** Work done on the page before it is given a turn (ms). */
const SLICE_MS = 30;

/** Resolves at once, or after letting the page run when SLICE_MS have passed since its last turn. */
function slicer(): () => Promise<void> {
  let since = Date.now();
  return async () => {
    if (Date.now() - since < SLICE_MS) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    since = Date.now();
  };
}

/** Queues the writes of one sheet; returns the number of cells written. */
async function sheetActions(
  sheet: PlanSheet,
  styles: WorkbookPlan["styles"],
  features: Features,
  budget: number,
  push: (bytes: number, run: () => void) => void,
  breathe: () => Promise<void>,
  ws: () => Excel.Worksheet,
): Promise<number> {
  let cells = 0;
  // Quarter-budget writes let the greedy packing fill each sync close to the budget.
  const maxWrite = Math.max(1024, Math.floor(budget / 4));
  for (const block of sheet.blocks) {
    await breathe();
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
  await breathe();
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
  if (sheet.tabColor && features.tabColor) {
    push(CALL_OVERHEAD_BYTES, () => {
      ws().tabColor = `#${sheet.tabColor}`;
    });
  }
  // Rows whose wrapped text needs room: Excel keeps the height it is given (RangeFormat.rowHeight
  // sets every row of the range), so runs of rows of one height take one call.
  const heights = sameValueRuns(
    Object.entries(sheet.rowHeights ?? {}).map(([row, points]) => [Number(row), points]),
  );
  if (heights.length) {
    push(heights.length * CALL_OVERHEAD_BYTES, () =>
      heights.forEach(({ first, last, value }) => {
        ws().getRange(`A${first + 1}:A${last + 1}`).format.rowHeight = value;
      }),
    );
  }
  const print = sheet.print;
  if (print && features.pageLayout) {
    push(CALL_OVERHEAD_BYTES * 20, () => {
      applyPrintLayout(ws(), print);
    });
  }
  return cells;
}

/** Queues a sheet's data validations. */
function validationActions(
  sheet: PlanSheet,
  push: (bytes: number, run: () => void) => void,
  ws: () => Excel.Worksheet,
): void {
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
