import { makeFinding } from "../findings/makeFinding";
import type { Campaign, Finding, SourceWorkbook } from "../model";
import { readUnitReport, type ReadResult } from "../read/readUnitReport";

/** A workbook read against the outline, or the finding that says why it could not be. */
export type ReadOutcome = { read: ReadResult } | { failure: Finding };

/**
 * Reads one unit workbook by anchors, turning an unexpected exception into an E_FILE finding that
 * names the file: reading is total by design, and this keeps one bug from stopping the run.
 * Hosts that load many files call it as each file arrives, so its Grids can be dropped at once.
 *
 * @example const outcome = readReport(readWorkbook(bytes, "CBCS01.xlsx"), campaign);
 */
export function readReport(workbook: SourceWorkbook, campaign: Campaign): ReadOutcome {
  try {
    return { read: readUnitReport(workbook, campaign) };
  } catch (err) {
    const detail = `lỗi khi đọc (${err instanceof Error ? err.message : String(err)})`;
    const where = { unit: workbook.fileName, file: workbook.fileName };
    return { failure: makeFinding("E_FILE", where, { detail }) };
  }
}
