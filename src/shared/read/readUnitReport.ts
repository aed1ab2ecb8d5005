import type { Campaign, Finding, SourceWorkbook, UnitReport } from "../model";
import { ReadContext } from "./context";
import { applicableUnitType } from "../outline/indicators";
import { noteTemplateChanges } from "./noteTemplateChanges";
import { anchorsOf, finalUnitCode, readHead, stringValue } from "./readHead";
import { readIndicatorSheet } from "./readIndicatorSheet";
import { readListSheet } from "./readListSheet";

export interface ReadResult {
  report: UnitReport;
  /** Findings met while reading (types, anchors, encodings); validation adds the rest. */
  findings: Finding[];
}

/**
 * Reads one unit workbook against the campaign's outline by anchors (meta sheet, tab names,
 * titles, codes, labels, header texts), converting every value to its type and keeping its
 * source cell. Never throws on any grid; problems become findings.
 *
 * @example
 * const { report, findings } = readUnitReport(readWorkbook(bytes, "CBCS01.xlsx"), embeddedCampaign);
 * report.values.B1["1"].SL.v; // 3 — read from 'B1 Quán triệt'!D6
 */
export function readUnitReport(workbook: SourceWorkbook, campaign: Campaign): ReadResult {
  const ctx = new ReadContext(workbook.fileName);
  const { report, metaGrid, located, stopped } = readHead(workbook, campaign, ctx);
  if (stopped) return finish(report, ctx, campaign);
  const outline = campaign.outline;
  const rollup = report.meta.kind === "consolidated";
  const unitType = applicableUnitType(
    report,
    campaign.units.find((u) => u.code === report.unitCode)?.type ??
      stringValue(report.info.unitType?.v),
  );
  const submitted = report.info.submittedAt?.v;
  if (typeof submitted === "number") report.submittedAt = submitted;

  for (const sheet of outline.sheets) {
    const grid = located.get(sheet.id);
    if (!grid) continue;
    if (sheet.kind === "indicators") {
      report.values[sheet.id] = readIndicatorSheet(
        grid,
        sheet,
        unitType,
        ctx,
        anchorsOf(report, sheet.id, grid),
        rollup,
      );
    } else if (sheet.kind === "list") {
      report.lists[sheet.id] = readListSheet(grid, sheet, ctx, anchorsOf(report, sheet.id, grid));
    }
  }
  if (!rollup)
    noteTemplateChanges(ctx, {
      workbook,
      outline,
      located,
      report,
      hasMeta: metaGrid !== undefined,
    });
  return finish(report, ctx, campaign);
}

function finish(report: UnitReport, ctx: ReadContext, campaign: Campaign): ReadResult {
  report.unitCode = finalUnitCode(report, campaign.units);
  const unit = report.unitCode ?? report.fileName;
  for (const f of ctx.findings) f.unit = unit;
  return { report, findings: ctx.findings };
}
