import type { Campaign, Finding, Grid, SourceWorkbook, UnitReport } from "../model";
import { META_SHEET_NAME } from "../model";
import { readMetaSheet, type MetaContent } from "../plan/meta";
import { ReadContext } from "./context";
import { applicableUnitType } from "../outline/indicators";
import { locateSheets } from "./locateSheets";
import { readIndicatorSheet } from "./readIndicatorSheet";
import { readInfoSheet } from "./readInfoSheet";
import { readListSheet } from "./readListSheet";
import { resolveUnitCode } from "./resolveUnitCode";

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
  const metaGrid = workbook.sheets.find(
    (g) => g.name.toLowerCase() === META_SHEET_NAME.toLowerCase(),
  );
  const meta: MetaContent = metaGrid
    ? readMetaSheet(metaGrid)
    : { sheetNames: {}, ownedSheets: [] };
  const report: UnitReport = {
    fileName: workbook.fileName,
    sha256: workbook.sha256,
    meta: {
      outlineId: meta.outlineId,
      version: meta.version,
      hash: meta.hash,
      unitCode: meta.unitCode,
      kind: meta.kind,
      ...(meta.kind === "consolidated" && meta.weights ? { weights: meta.weights } : {}),
    },
    info: {},
    values: {},
    lists: {},
    anchors: {},
  };
  const anchorsOf = (sheetId: string, grid: Grid) =>
    (report.anchors[sheetId] = { sheet: grid.name, rows: {}, cols: {} });
  const outline = campaign.outline;
  const rollup = meta.kind === "consolidated";
  ctx.formulasExpected = rollup;
  if (meta.outlineId && meta.outlineId !== outline.id) {
    ctx.add("E_TEMPLATE", {}, { detail: `mẫu "${meta.outlineId}", cần "${outline.id}"` });
    return finish(report, ctx, campaign);
  }
  const grids: Grid[] = workbook.sheets.filter((g) => g !== metaGrid);
  const located = locateSheets(grids, outline.sheets, meta.sheetNames);
  if (located.size === 0) {
    ctx.add("E_TEMPLATE", {}, { detail: "không tìm thấy biểu nào của đề cương" });
    return finish(report, ctx, campaign);
  }
  for (const sheet of outline.sheets) {
    if (!located.has(sheet.id))
      ctx.add("E_SHEET_MISSING", { sheet: sheet.name }, { sheet: sheet.name });
  }
  // The info sheet comes first: the unit's type decides which indicators apply.
  for (const sheet of outline.sheets) {
    const grid = located.get(sheet.id);
    if (grid && sheet.kind === "info") {
      Object.assign(report.info, readInfoSheet(grid, sheet, ctx, anchorsOf(sheet.id, grid)));
    }
  }
  const infoCode = stringValue(report.info.unitCode?.v);
  report.unitCode = resolveUnitCode(
    { infoCode, metaCode: meta.unitCode, fileName: workbook.fileName },
    campaign.units,
  );
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
        anchorsOf(sheet.id, grid),
        rollup,
      );
    } else if (sheet.kind === "list") {
      report.lists[sheet.id] = readListSheet(grid, sheet, ctx, anchorsOf(sheet.id, grid));
    }
  }
  return finish(report, ctx, campaign);
}

function stringValue(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}

function finish(report: UnitReport, ctx: ReadContext, campaign: Campaign): ReadResult {
  if (!report.unitCode) {
    report.unitCode = resolveUnitCode({ fileName: report.fileName }, campaign.units);
  }
  const unit = report.unitCode ?? report.fileName;
  for (const f of ctx.findings) f.unit = unit;
  return { report, findings: ctx.findings };
}
