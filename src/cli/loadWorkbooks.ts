import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { SourceWorkbook } from "../shared/model";
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

/**
 * Reads every file into Grids. A file that cannot be read becomes an `UnreadableFile` with a
 * clear message and the others go on. The input files are only read, never written.
 */
export async function loadWorkbooks(
  files: string[],
  onProgress?: (done: number, total: number) => void,
): Promise<{ workbooks: SourceWorkbook[]; unreadable: UnreadableFile[] }> {
  const workbooks: SourceWorkbook[] = [];
  const unreadable: UnreadableFile[] = [];
  let done = 0;
  for (const file of files) {
    const fileName = basename(file);
    try {
      const bytes = new Uint8Array(await readFile(file));
      const wb = await readWorkbook(bytes, fileName);
      wb.sha256 = createHash("sha256").update(bytes).digest("hex");
      workbooks.push(wb);
    } catch (err) {
      unreadable.push({ fileName, message: describeError(err, fileName) });
    }
    onProgress?.(++done, files.length);
  }
  return { workbooks, unreadable };
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
