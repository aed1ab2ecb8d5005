import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { WORKBOOK_EXTENSIONS } from "../io/fileExtensions";
import type { Campaign } from "../shared/model";
import type { ReadOutcome } from "../shared/pipeline/readReport";
import type { UnreadableFile } from "../shared/pipeline/checkWorkbooks";
import {
  HELPER_FROM_FILES,
  helperForFiles,
  type HelperLoad,
  type HelperThread,
} from "./helperThread";
import { loadUnitFile, type LoadedFile } from "./loadUnitFile";

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
        (n) => WORKBOOK_EXTENSIONS.includes(extname(n).toLowerCase()) && !n.startsWith("~$"),
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

/** Most files handed to the helper at a time (≈ 5 ms of its work). */
const CHUNK = 8;

export interface LoadOptions {
  /**
   * The thread that loads files beside this one (from 32 files); by default the process's
   * helper (see helperForFiles), null for none.
   */
  helper?: HelperThread | null;
}

/**
 * Loads every unit file (see loadUnitFile); reads and unreadable files come back in input order.
 * With a helper thread the two share the work: the helper takes files from the front of the
 * list a few at a time and reads them into Grids, this thread reads each report from those Grids
 * (a quarter of the work of a file) and, whenever none is waiting, loads a file from the back of
 * the list all by itself. They meet wherever their speeds put them — a cold helper simply takes
 * fewer — and the results do not depend on who loaded what. A helper that fails stops being
 * asked, and the files it held are loaded here: no unit is ever lost.
 */
export async function loadReports(
  files: string[],
  campaign: Campaign,
  onProgress?: (done: number, total: number) => void,
  options: LoadOptions = {},
): Promise<{ reads: ReadOutcome[]; unreadable: UnreadableFile[]; loadedByHelper: number }> {
  const helper = options.helper === undefined ? helperForFiles(files.length) : options.helper;
  const loaded: LoadedFile[] = new Array<LoadedFile>(files.length);
  let done = 0;
  const load = (index: number, fromHelper?: HelperLoad) => {
    loaded[index] = loadUnitFile(files[index], campaign, fromHelper);
    onProgress?.(++done, files.length);
  };
  let loadedByHelper = 0;
  if (helper && files.length >= HELPER_FROM_FILES) {
    loadedByHelper = await shareWithHelper(helper, files, load);
  } else {
    for (let i = 0; i < files.length; i++) load(i);
  }
  const reads: ReadOutcome[] = [];
  const unreadable: UnreadableFile[] = [];
  for (const file of loaded) {
    if ("outcome" in file) reads.push(file.outcome);
    else unreadable.push(file.unreadable);
  }
  return { reads, unreadable, loadedByHelper };
}

/**
 * Loads the files with the helper as loadReports describes, calling `load` once for each file;
 * returns how many the helper read into Grids.
 */
async function shareWithHelper(
  helper: HelperThread,
  files: string[],
  load: (index: number, fromHelper?: HelperLoad) => void,
): Promise<number> {
  let front = 0; // the next file for the helper
  let back = files.length; // files from `back` on are this thread's
  const arrived: HelperLoad[] = [];
  const orphans: number[] = []; // handed to a helper that then failed
  let inFlight = 0;
  let failed = false;
  let wake: (() => void) | undefined;
  const send = () => {
    // Two requests in flight keep it busy; near the meeting point, smaller ones keep the two
    // threads finishing together.
    while (!failed && inFlight < 2 && front < back) {
      const size = Math.min(CHUNK, Math.ceil((back - front) / 4));
      const chunk: Array<{ index: number; path: string }> = [];
      for (const end = front + size; front < end; front++)
        chunk.push({ index: front, path: files[front] });
      inFlight++;
      helper.load(chunk).then(
        (results) => {
          inFlight--;
          arrived.push(...results);
          send();
          wake?.();
        },
        () => {
          inFlight--;
          failed = true;
          orphans.push(...chunk.map((f) => f.index));
          wake?.();
        },
      );
    }
  };
  // This thread starts from the back at once; the helper joins when it runs (a helper that never
  // starts leaves all the work here).
  void helper.ready.then(send);
  let byHelper = 0;
  let next = 0;
  for (let handled = 0; handled < files.length; handled++) {
    if (next < arrived.length) {
      const result = arrived[next++];
      if ("grids" in result) byHelper++;
      load(result.index, result);
    } else if (orphans.length > 0) load(orphans.pop()!);
    else if (back > front) load(--back);
    else {
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      handled--;
      continue;
    }
    // Let the helper's answers in, and hand it more.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return byHelper;
}
