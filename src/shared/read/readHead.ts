import type { Campaign, Grid, SourceWorkbook, Unit, UnitReport } from "../model";
import { META_SHEET_NAME } from "../model";
import { readMetaSheet, type MetaContent } from "../template/meta";
import type { ReadContext } from "./context";
import { locateSheets } from "./locateSheets";
import { readInfoSheet } from "./readInfoSheet";
import { resolveUnitCode } from "./resolveUnitCode";
import { workbookLegacyEncoding } from "./workbookLegacyEncoding";

/** What the first steps of reading a unit workbook establish, before any table is read. */
export interface ReadHead {
  /** The report begun: meta, info sheet values and anchors, and the unit code when resolved. */
  report: UnitReport;
  metaGrid: Grid | undefined;
  /** The outline's sheets found in the workbook, by sheet id. */
  located: Map<string, Grid>;
  /** True when the workbook is not of this outline (a finding says so): nothing more to read. */
  stopped: boolean;
}

/**
 * The first steps of readUnitReport: the meta sheet, the outline's sheets located by their
 * anchors, the info sheet read, and the unit resolved from it (info code, then the template's
 * meta code, then the file name). Findings go to `ctx`.
 *
 * @example readHead(workbook, embeddedCampaign, new ReadContext("U0001.xlsx")).report.unitCode
 */
export function readHead(workbook: SourceWorkbook, campaign: Campaign, ctx: ReadContext): ReadHead {
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
  const outline = campaign.outline;
  ctx.formulasExpected = meta.kind === "consolidated";
  if (meta.outlineId && meta.outlineId !== outline.id) {
    ctx.add("E_TEMPLATE", {}, { detail: `mẫu "${meta.outlineId}", cần "${outline.id}"` });
    return { report, metaGrid, located: new Map(), stopped: true };
  }
  const grids: Grid[] = workbook.sheets.filter((g) => g !== metaGrid);
  ctx.legacyHint = workbookLegacyEncoding(grids);
  const located = locateSheets(grids, outline.sheets, meta.sheetNames);
  if (located.size === 0) {
    ctx.add("E_TEMPLATE", {}, { detail: "không tìm thấy biểu nào của đề cương" });
    return { report, metaGrid, located, stopped: true };
  }
  for (const sheet of outline.sheets) {
    if (!located.has(sheet.id))
      ctx.add("E_SHEET_MISSING", { sheet: sheet.name }, { sheet: sheet.name });
  }
  // The info sheet comes first: the unit's type decides which indicators apply.
  for (const sheet of outline.sheets) {
    const grid = located.get(sheet.id);
    if (grid && sheet.kind === "info") {
      Object.assign(
        report.info,
        readInfoSheet(grid, sheet, ctx, anchorsOf(report, sheet.id, grid)),
      );
    }
  }
  report.unitCode = resolveUnitCode(
    {
      infoCode: stringValue(report.info.unitCode?.v),
      metaCode: meta.unitCode,
      fileName: workbook.fileName,
    },
    campaign.units,
  );
  return { report, metaGrid, located, stopped: false };
}

/**
 * The unit a report ends up with: the one resolved while reading, else a registry code in the
 * file name (a workbook not of the outline is still told apart by its name).
 *
 * @example finalUnitCode({ fileName: "PL_cbcs07.xlsx" } as UnitReport, units) === "CBCS07"
 */
export function finalUnitCode(report: UnitReport, units: Unit[]): string | undefined {
  return report.unitCode ?? resolveUnitCode({ fileName: report.fileName }, units);
}

/** A sheet's anchors in the report, begun empty: where its rows and columns were found. */
export function anchorsOf(report: UnitReport, sheetId: string, grid: Grid) {
  return (report.anchors[sheetId] = { sheet: grid.name, rows: {}, cols: {} });
}

export function stringValue(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}
