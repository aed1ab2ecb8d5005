import { existsSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { extname, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Campaign } from "../shared/model";
import type { ReadOutcome } from "../shared/pipeline/readReport";
import type { UnreadableFile } from "../shared/pipeline/checkWorkbooks";
import { loadUnitFile, type LoadedFile } from "./loadUnitFile";
import type { ReadWorkerData, ReadWorkerReply, ReadWorkerRequest } from "./readWorker";

/** File endings taken from a folder; files named explicitly are always tried. */
const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xls", ".ods", ".csv"]);

/**
 * Expands the paths given on the command line (files, or folders taken one level deep for
 * workbook files, sorted by name so runs are repeatable).
 */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => undefined);
    if (s?.isDirectory()) {
      const names = (await readdir(p)).filter(
        (n) => WORKBOOK_EXTENSIONS.has(extname(n).toLowerCase()) && !n.startsWith("~$"),
      );
      names.sort();
      out.push(...names.map((n) => join(p, n)));
    } else {
      out.push(p);
    }
  }
  return out;
}

/** Below this many files a second thread costs more than it saves. */
const PARALLEL_FROM = 32;
/**
 * Reading is allocation-heavy: on the 2-core development machine a second thread gained nothing
 * (each isolate's garbage collector then competes for the cores; measured 1,000 files: 0.75 s
 * alone, 0.80 s with the worker). With more cores the work splits cleanly.
 */
const MIN_CORES_FOR_WORKER = 4;
/** Files handed to the worker at a time: small, so both threads finish together. */
const CHUNK = 8;

export interface LoadOptions {
  /**
   * The bundled worker script (readWorker.cjs). Defaults to the one beside this bundle, which
   * exists in the built CLI; null, or none found, loads everything on this thread.
   */
  workerScript?: string | null;
  /** Use the worker thread; by default only on machines with at least 4 cores. */
  useWorker?: boolean;
}

/**
 * Loads every unit file (see loadUnitFile) — on this thread and, for many files on a machine
 * with 4 cores or more, on a worker thread too, files handed out in small chunks. The result
 * is the same whichever thread read which file: reads and unreadable files in input order. A
 * worker that fails hands its files back to this thread, so no unit is ever lost.
 */
export async function loadReports(
  files: string[],
  campaign: Campaign,
  onProgress?: (done: number, total: number) => void,
  options: LoadOptions = {},
): Promise<{ reads: ReadOutcome[]; unreadable: UnreadableFile[]; byWorker: number }> {
  const results: LoadedFile[] = new Array(files.length);
  let done = 0;
  const finish = (i: number, loaded: LoadedFile) => {
    results[i] = loaded;
    onProgress?.(++done, files.length);
  };
  let next = 0;
  const take = (n: number) => {
    const chunk: number[] = [];
    while (chunk.length < n && next < files.length) chunk.push(next++);
    return chunk;
  };
  const script = options.workerScript === undefined ? defaultWorkerScript() : options.workerScript;
  const useWorker = options.useWorker ?? availableParallelism() >= MIN_CORES_FOR_WORKER;
  const helper =
    script && useWorker && files.length >= PARALLEL_FROM
      ? startHelper(script, files, campaign, take, finish)
      : undefined;
  while (next < files.length) {
    const [i] = take(1);
    finish(i, loadUnitFile(files[i], campaign));
    // Let the worker's replies and requests for more files through.
    if (helper) await new Promise((resolve) => setImmediate(resolve));
  }
  await helper?.finished;
  const reads: ReadOutcome[] = [];
  const unreadable: UnreadableFile[] = [];
  for (const r of results) {
    if ("outcome" in r) reads.push(r.outcome);
    else unreadable.push(r.unreadable);
  }
  return { reads, unreadable, byWorker: helper?.loaded() ?? 0 };
}

function defaultWorkerScript(): string | undefined {
  const beside = join(__dirname, "readWorker.cjs");
  return existsSync(beside) ? beside : undefined;
}

/**
 * Starts the worker. It gets a chunk only once it has started (so a short run never waits for
 * it), a new chunk each time it has answered the last, and is stopped when nothing is left.
 */
function startHelper(
  script: string,
  files: string[],
  campaign: Campaign,
  take: (n: number) => number[],
  finish: (i: number, loaded: LoadedFile) => void,
): { finished: Promise<void>; loaded: () => number } {
  const outstanding = new Set<number>();
  let loaded = 0;
  let settle: () => void = () => {};
  const finished = new Promise<void>((resolve) => (settle = resolve));
  const worker = new Worker(script, { workerData: { campaign } satisfies ReadWorkerData });
  worker.unref();
  const handOut = () => {
    const chunk = take(CHUNK);
    if (chunk.length === 0) {
      void worker.terminate();
      settle();
      return;
    }
    for (const i of chunk) outstanding.add(i);
    const request: ReadWorkerRequest = { files: chunk.map((i) => ({ index: i, path: files[i] })) };
    worker.postMessage(request);
  };
  let stopped = false;
  // Whatever it still held is loaded here: a failing worker never loses a unit.
  const takeBack = () => {
    if (stopped) return;
    stopped = true;
    for (const i of outstanding) finish(i, loadUnitFile(files[i], campaign));
    outstanding.clear();
    settle();
  };
  worker.on("message", (msg: ReadWorkerReply | "ready") => {
    if (stopped) return;
    if (msg !== "ready") {
      outstanding.delete(msg.index);
      finish(msg.index, msg.loaded);
      loaded++;
    }
    if (outstanding.size === 0) handOut();
  });
  worker.on("error", takeBack);
  worker.on("exit", takeBack);
  return { finished, loaded: () => loaded };
}
