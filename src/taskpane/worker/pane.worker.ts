/**
 * The pane's worker: reads unit files (bytes → Grids → unit), checks and consolidates them off the
 * main thread, so the pane never freezes and Hủy works mid-check. It keeps the workbooks it read;
 * the pane holds only their names, units and a reference. Jobs look for a cancel between files.
 */
import { readWorkbook } from "../../io/readWorkbook";
import type { Campaign, SourceWorkbook } from "../../shared/model";
import { checkWorkbooks } from "../../shared/pipeline/checkWorkbooks";
import { readReport, type ReadOutcome } from "../../shared/pipeline/readReport";
import { runConsolidation } from "../../shared/pipeline/runConsolidation";
import { identifyUnit } from "../../shared/read/identifyUnit";
import type { CheckJob, FileRead, FromHelper, FromWorker, RunPart, ToWorker } from "./protocol";

interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;

/** How long the worker works before it lets a cancel in (ms). */
const SLICE_MS = 25;
/** Plan cells per message of a consolidation's rows. */
const CELLS_PER_PART = 20_000;

const books = new Map<string, SourceWorkbook>();
const cancelled = new Set<number>();
let campaign: Campaign | undefined;
/** Read jobs run one after another, in the order the pane sent them. */
let reading = Promise.resolve();

/**
 * In a helper (a second worker that reads files on the other core): where its messages go, each
 * read with its workbook — to the pane's worker, which keeps the workbook and tells the pane.
 */
let outlet: MessagePort | undefined;

const post = (m: FromWorker, books?: FromHelper["books"]) => {
  if (outlet) outlet.postMessage({ message: m, books } satisfies FromHelper);
  else scope.postMessage(m);
};
const pause = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Lets messages in (a cancel) every SLICE_MS of work; true when the job was cancelled. */
function slicer(job: number): () => Promise<boolean> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since >= SLICE_MS) {
      await pause();
      since = performance.now();
    }
    return cancelled.has(job);
  };
}

scope.onmessage = (e) => {
  const m = e.data;
  if (m.type === "campaign") campaign = m.campaign;
  else if (m.type === "cancel") cancelled.add(m.job);
  else if (m.type === "helper") outlet = m.port;
  else if (m.type === "helped") {
    // The workbook is kept before the pane hears of it, so a check that follows finds it.
    m.port.onmessage = (e: MessageEvent<FromHelper>) => {
      for (const [ref, book] of e.data.books ?? []) books.set(ref, book);
      scope.postMessage(e.data.message);
    };
  } else if (m.type === "forget") for (const ref of m.refs) books.delete(ref);
  else if (m.type === "book") post({ job: m.job, type: "done", value: books.get(m.ref) ?? null });
  else {
    const work =
      m.type === "read" ? (reading = reading.then(() => readFiles(m))) : checkOrConsolidate(m);
    work
      .catch((err: unknown) => {
        const e = err as { message?: string; messageEn?: string };
        post({
          job: m.job,
          type: "error",
          message: e.message ?? String(err),
          messageEn: e.messageEn,
        });
      })
      .finally(() => cancelled.delete(m.job));
  }
};

/** Files read per message to the pane. */
const FILES_PER_MESSAGE = 8;

async function readFiles(m: Extract<ToWorker, { type: "read" }>): Promise<void> {
  const next = slicer(m.job);
  const reads: FileRead[] = [];
  const kept: NonNullable<FromHelper["books"]> = [];
  const flush = () => {
    if (reads.length) post({ job: m.job, type: "files", reads: reads.splice(0) }, kept.splice(0));
  };
  for (let i = 0; i < m.files.length; i++) {
    if (m.latencyMs) {
      flush();
      await pause(m.latencyMs);
    }
    if (await next()) {
      // The pane let go of the files it had not heard of: their workbooks are not kept.
      kept.length = 0;
      flush();
      return post({ job: m.job, type: "cancelled" });
    }
    const file = m.files[i];
    const { ref } = file;
    const read: FileRead = { ref, fileName: file.name };
    try {
      if (!file.bytes) throw new Error(file.unreadable);
      const book = readWorkbook(new Uint8Array(file.bytes), file.name);
      read.fileName = book.fileName;
      // Only the unit: the tables are read when the files are checked.
      read.unitCode = identifyUnit(book, campaign!);
      if (outlet) kept.push([ref, book]);
      else books.set(ref, book);
    } catch (err) {
      const e = err as { message?: string; messageEn?: string };
      read.error = { vi: e.message ?? String(err), en: e.messageEn ?? e.message ?? String(err) };
    }
    reads.push(read);
    if (reads.length >= FILES_PER_MESSAGE) flush();
  }
  flush();
  post({ job: m.job, type: "done" });
}

async function checkOrConsolidate(
  m: Extract<ToWorker, { type: "check" | "consolidate" }>,
): Promise<void> {
  const reads = await readAll(m.job, m);
  if (!reads) return post({ job: m.job, type: "cancelled" });
  const input = { campaign: campaign!, reads, unreadable: m.unreadable, asOf: m.asOf };
  if (m.type === "check") {
    const { expected, findings, progress } = checkWorkbooks(input);
    return post({ job: m.job, type: "done", value: { expected, findings, progress } });
  }
  const run = runConsolidation({ ...input, excludeUnitsWithErrors: m.excludeUnitsWithErrors });
  if (cancelled.has(m.job)) return post({ job: m.job, type: "cancelled" });
  for (const value of runParts(run)) post({ job: m.job, type: "part", value });
  post({ job: m.job, type: "done" });
}

/** Each workbook read against the outline, with progress; undefined when cancelled. */
async function readAll(job: number, m: CheckJob): Promise<ReadOutcome[] | undefined> {
  const next = slicer(job);
  const reads: ReadOutcome[] = [];
  for (let i = 0; i < m.items.length; i++) {
    if (await next()) return undefined;
    const item = m.items[i];
    let book: SourceWorkbook | undefined;
    if ("book" in item) book = item.book;
    else {
      const held = books.get(item.ref);
      book = held && { ...held, fileName: item.fileName };
    }
    if (book) reads.push(readReport(book, campaign!));
    if (i % 10 === 9 || i === m.items.length - 1)
      post({ job, type: "progress", done: i + 1, total: m.items.length });
  }
  return (await next()) ? undefined : reads;
}

/** Items per message of each long array of a run (a report is ≈ 18 KB, a finding ≈ 0.3 KB). */
const ITEMS_PER_PART: Record<string, number> = { reports: 25, units: 25, perUnit: 100 };
const DEFAULT_ITEMS_PER_PART = 500;

/** The run cut into parts of bounded size (see RunPart); the pane puts them back together. */
function* runParts(run: ReturnType<typeof runConsolidation>): Generator<RunPart> {
  const { reports, plan, findings, progress, consolidation } = run;
  const c = consolidation;
  const rows: Array<Extract<RunPart, { part: "rows" }>> = [];
  const sheets = plan.sheets.map((sheet, s) => ({
    ...sheet,
    blocks: sheet.blocks.map((block, b) => {
      const width = Math.max(1, block.cells[0]?.length ?? 1);
      const step = Math.max(1, Math.floor(CELLS_PER_PART / width));
      for (let r = 0; r < block.cells.length; r += step)
        rows.push({ part: "rows", sheet: s, block: b, rows: block.cells.slice(r, r + step) });
      return { ...block, cells: [] };
    }),
  }));
  const lists = Object.keys(c.lists);
  yield {
    part: "head",
    run: {
      ...run,
      reports: [],
      findings: [],
      progress: [],
      plan: { ...plan, sheets },
      consolidation: {
        ...c,
        units: [],
        perUnit: [],
        weights: [],
        lists: Object.fromEntries(lists.map((k) => [k, []])),
      },
    },
  };
  const arrays: Array<[string[], unknown[]]> = [
    [["reports"], reports],
    [["findings"], findings],
    [["progress"], progress],
    [["consolidation", "perUnit"], c.perUnit],
    [["consolidation", "weights"], c.weights],
    ...lists.map((k): [string[], unknown[]] => [["consolidation", "lists", k], c.lists[k]]),
  ];
  for (const [path, array] of arrays) {
    const n = ITEMS_PER_PART[path[path.length - 1]] ?? DEFAULT_ITEMS_PER_PART;
    for (let i = 0; i < array.length; i += n)
      yield { part: "items", path, items: array.slice(i, i + n) };
  }
  const index = new Map(reports.map((r, i) => [r, i]));
  for (let i = 0; i < c.units.length; i += ITEMS_PER_PART.units) {
    yield {
      part: "units",
      units: c.units
        .slice(i, i + ITEMS_PER_PART.units)
        .map(({ report, ...u }) => ({ ...u, reportIndex: index.get(report) ?? -1 })),
    };
  }
  yield* rows;
}
