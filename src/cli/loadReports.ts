import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Campaign } from "../shared/model";
import { readReport, type ReadOutcome } from "../shared/pipeline/readReport";
import type { UnreadableFile } from "../shared/pipeline/checkWorkbooks";
import { readWorkbook, WorkbookReadError } from "../io";

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

/** Files read ahead from disk (on libuv's threads) while this thread parses the current one. */
const READ_AHEAD = 8;

/**
 * Reads every unit file and reads it against the outline as it arrives, so each file's Grids
 * are garbage as soon as its report is made (a thousand files' Grids never sit in memory
 * together). A file that cannot be read becomes an `UnreadableFile` with a clear message and the
 * others go on. The input files are only read, never written.
 */
export async function loadReports(
  files: string[],
  campaign: Campaign,
  onProgress?: (done: number, total: number) => void,
): Promise<{ reads: ReadOutcome[]; unreadable: UnreadableFile[] }> {
  const reads: ReadOutcome[] = [];
  const unreadable: UnreadableFile[] = [];
  const pending = new Map<number, Promise<Buffer>>();
  const readAhead = (i: number) => {
    if (i >= files.length || pending.has(i)) return;
    const read = readFile(files[i]);
    read.catch(() => {}); // handled when its turn comes
    pending.set(i, read);
  };
  for (let i = 0; i < files.length; i++) {
    for (let k = i; k < i + READ_AHEAD; k++) readAhead(k);
    const fileName = basename(files[i]);
    try {
      const buffer = await pending.get(i)!;
      const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      const wb = readWorkbook(bytes, fileName);
      wb.sha256 = createHash("sha256").update(bytes).digest("hex");
      reads.push(readReport(wb, campaign));
    } catch (err) {
      unreadable.push({ fileName, message: describeError(err, fileName) });
    }
    pending.delete(i);
    onProgress?.(i + 1, files.length);
  }
  return { reads, unreadable };
}

function describeError(err: unknown, fileName: string): { vi: string; en: string } {
  if (err instanceof WorkbookReadError) return { vi: err.message, en: err.messageEn };
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT")
    return { vi: `Không có tệp "${fileName}".`, en: `No such file "${fileName}".` };
  if (code === "EACCES")
    return {
      vi: `Không có quyền đọc tệp "${fileName}".`,
      en: `No permission to read "${fileName}".`,
    };
  const detail = err instanceof Error ? err.message : String(err);
  return {
    vi: `Không đọc được tệp "${fileName}": ${detail}`,
    en: `Cannot read "${fileName}": ${detail}`,
  };
}
