import type { Campaign, SourceWorkbook } from "../model";
import { ReadContext } from "./context";
import { finalUnitCode, readHead } from "./readHead";

/**
 * The unit a workbook comes from, exactly as readUnitReport would say, without reading its
 * tables: what loading a file needs (the tables are read when the files are checked).
 *
 * @example identifyUnit(readWorkbook(bytes, "U0001_phu-luc.xlsx"), campaign) === "U0001"
 */
export function identifyUnit(workbook: SourceWorkbook, campaign: Campaign): string | undefined {
  const { report } = readHead(workbook, campaign, new ReadContext(workbook.fileName));
  return finalUnitCode(report, campaign.units);
}
