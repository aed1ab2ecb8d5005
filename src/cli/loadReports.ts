import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { Campaign } from "../shared/model";
import type { ReadOutcome } from "../shared/pipeline/readReport";
import type { UnreadableFile } from "../shared/pipeline/checkWorkbooks";
import { HELPER_FROM_FILES, helperForFiles, type HelperThread } from "./helperThread";
import { loadUnitFile, type LoadedFile } from "./loadUnitFile";

/** File endings taken from a folder; files named explicitly are always tried. */
const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xls", ".ods", ".csv"]);

/**
 * Expands the paths given on the command line (files, or folders taken one level deep for
 * workbook files, sorted by name so runs are repeatable). Synchronous: a thousand paths from a
 * shell pattern take ≈ 5 ms so, where queueing a thousand stat calls to the thread pool took
 * 20–80 ms.
 */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (isDirectory(p)) {
      const names = readdirSync(p).filter(
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

/** Anything that cannot be looked at is taken as a file, and loading it says what is wrong. */
function isDirectory(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

/** Files handed to the helper at a time: small, so both threads finish together. */
const CHUNK = 8;

export interface LoadOptions {
  /**
   * The thread that shares the work (from 32 files); by default the process's helper when it
   * pays off (see helperForFiles), null for none.
   */
  helper?: HelperThread | null;
}

/**
 * Loads every unit file (see loadUnitFile) — on this thread and, when it pays off, on the helper
 * thread too, files handed out in small chunks. The result is the same whichever thread read
 * which file: reads and unreadable files in input order. A helper that fails hands its files
 * back to this thread, so no unit is ever lost.
 */
export async function loadReports(
  files: string[],
  campaign: Campaign,
  onProgress?: (done: number, total: number) => void,
  options: LoadOptions = {},
): Promise<{ reads: ReadOutcome[]; unreadable: UnreadableFile[]; byWorker: number }> {
  const results: LoadedFile[] = new Array(files.length);
  let done = 0;
  let byWorker = 0;
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
  const helper = options.helper === undefined ? helperForFiles(files.length) : options.helper;
  // The helper joins once it runs, if files are left then (a short run never waits for it): two
  // chunks at a time, so it never idles while this thread, busy loading, has yet to see its last
  // answer. An unstarted helper holds nothing, so nothing is awaited for it.
  const feeders: Array<Promise<void>> = [];
  const sharing = helper && files.length >= HELPER_FROM_FILES;
  if (sharing) {
    const fromHelper = (i: number, loaded: LoadedFile) => {
      byWorker++;
      finish(i, loaded);
    };
    void helper.ready.then(() => {
      for (let k = 0; k < 2 && next < files.length; k++)
        feeders.push(feedChunks(helper, files, campaign, take, fromHelper));
    });
  }
  while (next < files.length) {
    const [i] = take(1);
    finish(i, loadUnitFile(files[i], campaign));
    // Let the helper's answers through, and its start.
    if (sharing) await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(feeders);
  const reads: ReadOutcome[] = [];
  const unreadable: UnreadableFile[] = [];
  for (const r of results) {
    if ("outcome" in r) reads.push(r.outcome);
    else unreadable.push(r.unreadable);
  }
  return { reads, unreadable, byWorker };
}

/**
 * Gives the helper a new chunk each time it has answered the last, until none is left. If it
 * fails, the files of the chunk it has not answered are loaded here.
 */
async function feedChunks(
  helper: HelperThread,
  files: string[],
  campaign: Campaign,
  take: (n: number) => number[],
  finish: (i: number, loaded: LoadedFile) => void,
): Promise<void> {
  for (let chunk = take(CHUNK); chunk.length > 0; chunk = take(CHUNK)) {
    const owed = new Set(chunk);
    try {
      await helper.load(
        chunk.map((index) => ({ index, path: files[index] })),
        campaign,
        (index, loaded) => {
          owed.delete(index);
          finish(index, loaded);
        },
      );
    } catch {
      for (const i of owed) finish(i, loadUnitFile(files[i], campaign));
      return;
    }
  }
}
