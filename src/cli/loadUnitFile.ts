import { basename } from "node:path";
import type { Campaign } from "../shared/model";
import type { UnreadableFile } from "../shared/pipeline/checkWorkbooks";
import { readReport, type ReadOutcome } from "../shared/pipeline/readReport";
import { readWorkbook, WorkbookReadError } from "../io";
import { nodeZipCodec } from "./nodeZipCodec";
import { prepareUnitFile, type PreparedFile } from "./prepareUnitFile";

/** One unit file after loading: read against the outline, or unreadable with the reason. */
export type LoadedFile = { outcome: ReadOutcome } | { unreadable: UnreadableFile };

/**
 * Loads one unit file: its bytes, SHA-256, Grids and report — prepared here, or already by the
 * helper thread (see prepareUnitFile). Never throws: a file that cannot be read comes back as
 * unreadable with a clear Vietnamese and English message. Its Grids are garbage once this
 * returns.
 *
 * @example loadUnitFile("don-vi/CBCS01.xlsx", campaign) // { outcome: { read: { report, findings } } }
 */
export function loadUnitFile(
  path: string,
  campaign: Campaign,
  prepared?: PreparedFile,
): LoadedFile {
  const fileName = basename(path);
  try {
    const file = prepared ?? prepareUnitFile(path);
    const wb = readWorkbook(file.bytes, fileName, undefined, nodeZipCodec, file);
    wb.sha256 = file.sha256;
    return { outcome: readReport(wb, campaign) };
  } catch (err) {
    return { unreadable: { fileName, message: describeError(err, fileName) } };
  }
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
  if (code === "EISDIR")
    return { vi: `"${fileName}" là một thư mục.`, en: `"${fileName}" is a folder.` };
  const detail = err instanceof Error ? err.message : String(err);
  return {
    vi: `Không đọc được tệp "${fileName}": ${detail}`,
    en: `Cannot read "${fileName}": ${detail}`,
  };
}
