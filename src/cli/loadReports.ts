import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { Campaign } from "../shared/model";
import type { ReadOutcome } from "../shared/pipeline/readReport";
import type { UnreadableFile } from "../shared/pipeline/checkWorkbooks";
import { HELPER_FROM_FILES, helperForFiles, type HelperThread } from "./helperThread";
import { loadUnitFile } from "./loadUnitFile";
import type { PreparedFile } from "./prepareUnitFile";

/** File endings taken from a folder; files named explicitly are always tried. */
const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xls", ".ods", ".csv"]);

/**
 * Expands the paths given on the command line (files, or folders taken one level deep for
 * workbook files, sorted by name so runs are repeatable). Synchronous: a thousand paths from a
 * shell pattern take ≈ 2 ms so, where queueing a thousand stat calls to the thread pool took
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

/** Files handed to the helper at a time. */
const CHUNK = 8;
/** How far ahead of this thread the helper may prepare (each prepared file holds ≈ 0.1 MB). */
const AHEAD = 64;

export interface LoadOptions {
  /**
   * The thread that prepares files ahead of this one (from 32 files); by default the process's
   * helper (see helperForFiles), null for none.
   */
  helper?: HelperThread | null;
}

/**
 * Loads every unit file (see loadUnitFile), in order, on this thread — with the helper thread,
 * when there is one, reading, hashing, inflating and checking the files ahead (see
 * prepareUnitFile), so this thread only parses. A file the helper has not prepared in time, or
 * failed to, is prepared here; results are the same either way: reads and unreadable files in
 * input order. A helper that fails stops being asked, and no unit is ever lost.
 */
export async function loadReports(
  files: string[],
  campaign: Campaign,
  onProgress?: (done: number, total: number) => void,
  options: LoadOptions = {},
): Promise<{ reads: ReadOutcome[]; unreadable: UnreadableFile[]; preparedByHelper: number }> {
  const helper = options.helper === undefined ? helperForFiles(files.length) : options.helper;
  const ahead =
    helper && files.length >= HELPER_FROM_FILES ? prepareAhead(helper, files) : undefined;
  const reads: ReadOutcome[] = [];
  const unreadable: UnreadableFile[] = [];
  let preparedByHelper = 0;
  for (let i = 0; i < files.length; i++) {
    const prepared = ahead?.take(i);
    if (prepared) preparedByHelper++;
    const loaded = loadUnitFile(files[i], campaign, prepared);
    if ("outcome" in loaded) reads.push(loaded.outcome);
    else unreadable.push(loaded.unreadable);
    onProgress?.(i + 1, files.length);
    // Let the helper's answers in, and hand it more.
    if (ahead) await new Promise((resolve) => setImmediate(resolve));
  }
  ahead?.stop();
  return { reads, unreadable, preparedByHelper };
}

/**
 * Keeps the helper preparing files ahead of this thread: a chunk at a time, two in flight, never
 * more than AHEAD files past the one being loaded here, and never one this thread has passed.
 */
function prepareAhead(
  helper: HelperThread,
  files: string[],
): { take(i: number): PreparedFile | undefined; stop(): void } {
  const prepared = new Map<number, PreparedFile>();
  let current = 0;
  let next = 0;
  let inFlight = 0;
  let running = false;
  let stopped = false;
  const feed = () => {
    if (!running || stopped) return;
    next = Math.max(next, current + 1);
    while (inFlight < 2 && next < files.length && next < current + AHEAD) {
      const chunk: Array<{ index: number; path: string }> = [];
      for (; chunk.length < CHUNK && next < files.length; next++)
        chunk.push({ index: next, path: files[next] });
      inFlight++;
      helper
        .prepare(chunk, (index, p) => {
          if (p && !stopped && index > current) prepared.set(index, p);
        })
        .then(
          () => {
            inFlight--;
            feed();
          },
          () => (stopped = true),
        );
    }
  };
  void helper.ready.then(() => {
    running = true;
    feed();
  });
  return {
    take(i) {
      current = i;
      const p = prepared.get(i);
      prepared.delete(i);
      feed();
      return p;
    },
    stop() {
      stopped = true;
      prepared.clear();
    },
  };
}
