import { basename } from "node:path";
import type { Campaign } from "../shared/model";
import type { UnreadableFile } from "../shared/pipeline/checkWorkbooks";
import { readReport, type ReadOutcome } from "../shared/pipeline/readReport";
import { readWorkbook, WorkbookReadError } from "../io";
import { unpackGrids } from "../io/packGrids";
import type { SourceWorkbook } from "../shared/model";
import type { HelperLoad } from "./helperThread";
import { nodeZipCodec } from "./nodeZipCodec";
import { prepareUnitFile } from "./prepareUnitFile";

/** One unit file after loading: read against the outline, or unreadable with the reason. */
export type LoadedFile = { outcome: ReadOutcome } | { unreadable: UnreadableFile };

/**
 * Loads one unit file: its bytes, SHA-256, Grids and report — all here, or from where the helper
 * thread left it (read into Grids, or prepared: see HelperLoad). Never throws: a file that cannot
 * be read comes back as unreadable with a clear Vietnamese and English message. Its Grids are
 * garbage once this returns.
 *
 * @example loadUnitFile("don-vi/CBCS01.xlsx", campaign) // { outcome: { read: { report, findings } } }
 */
export function loadUnitFile(
  path: string,
  campaign: Campaign,
  fromHelper?: HelperLoad,
): LoadedFile {
  const fileName = basename(path);
  try {
    let wb: SourceWorkbook;
    if (fromHelper && "grids" in fromHelper) {
      wb = { fileName, sheets: unpackGrids(fromHelper.grids), sha256: fromHelper.sha256 };
    } else {
      const file = fromHelper?.prepared ?? prepareUnitFile(path);
      wb = readWorkbook(file.bytes, fileName, undefined, nodeZipCodec, file);
      wb.sha256 = file.sha256;
    }
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
