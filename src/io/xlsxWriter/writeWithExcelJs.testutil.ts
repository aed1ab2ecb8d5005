import ExcelJS from "exceljs";
import type { CellValue, DataValidation, Style, Worksheet } from "exceljs";
import type { PlanCell, PlanSheet, WorkbookPlan } from "../../shared/model";
import { toFileFormula } from "../fileFormula";
import { normalizeZip } from "../normalizeZip";
import { argb, toExcelStyle } from "../toExcelStyle";
import { toExcelValidation, type XlsxDataValidation } from "../toExcelValidation";

/**
 * The reference writer, for tests only: renders a WorkbookPlan as .xlsx bytes with ExcelJS, as
 * Phụ lục did before it had its own writer. `writeXlsx` must give exactly these bytes (see
 * test/io/xlsxWriterEquivalence.test.ts), which is how the output stayed byte-identical when
 * the writer was replaced for speed (≈ 1 s → 0.3 s for a 1,000-unit appendix).
 *
 * - Formula cells carry their plan value as cached result, so viewers that do not recalculate
 *   still show numbers; the workbook also asks Excel/LibreOffice to recalculate on load.
 * - A string value is always written as text, even "=1+1".
 * - The same plan gives byte-identical bytes (fixed timestamps, normalized zip).
 *
 * @example await writePlanWithExcelJs(plan) // the bytes writeXlsx(plan) must equal
 */
export async function writePlanWithExcelJs(plan: WorkbookPlan): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const created = new Date(plan.properties.created);
  wb.title = plan.properties.title;
  wb.creator = plan.properties.creator;
  wb.lastModifiedBy = plan.properties.creator;
  wb.created = created;
  wb.modified = created;
  wb.calcProperties = { fullCalcOnLoad: true };

  const styles = new Map<string, Partial<Style>>();
  const styleOf = (name: string): Partial<Style> => {
    let s = styles.get(name);
    if (!s) {
      const planStyle = plan.styles[name];
      if (!planStyle) throw new Error(`Plan style "${name}" is not defined`);
      s = toExcelStyle(planStyle);
      styles.set(name, s);
    }
    return s;
  };

  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(sheet.name, sheetOptions(sheet));
    writeSheet(ws, sheet, styleOf);
    if (sheet.protect) await protectSheet(ws);
  }

  for (const { name, ref } of plan.names) wb.definedNames.add(ref, name);

  const raw = await wb.xlsx.writeBuffer();
  return normalizeZip(new Uint8Array(raw as ArrayBuffer), plan.properties.created);
}

function sheetOptions(sheet: PlanSheet): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    state: sheet.state,
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
    ...(sheet.print
      ? {
          pageSetup: {
            paperSize: 9, // A4
            orientation: sheet.print.landscape ? "landscape" : "portrait",
            ...(sheet.print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
          },
        }
      : {}),
    views: sheet.freeze
      ? [{ state: "frozen", xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }]
      : [{ state: "normal" }],
  } as Partial<ExcelJS.AddWorksheetOptions>;
}

function writeSheet(
  ws: Worksheet,
  sheet: PlanSheet,
  styleOf: (name: string) => Partial<Style>,
): void {
  sheet.columnWidths.forEach((w, c) => {
    if (w > 0) ws.getColumn(c + 1).width = w;
  });
  for (const [r, height] of Object.entries(sheet.rowHeights ?? {}))
    ws.getRow(Number(r) + 1).height = height;

  for (const block of sheet.blocks) {
    block.cells.forEach((cells, i) => {
      const row = ws.getRow(block.row + i + 1);
      cells.forEach((cell, j) => {
        const value = cellValue(cell);
        if (value === null && !cell.s) return;
        const target = row.getCell(block.col + j + 1);
        if (value !== null) target.value = value;
        // Shared on purpose: ExcelJS only reads it when rendering the styles part.
        if (cell.s) target.style = styleOf(cell.s) as Style;
      });
    });
  }
  // After the values: ExcelJS redirects writes to a merged cell to its top-left cell.
  for (const range of sheet.merges) ws.mergeCells(range);
  const validations = (ws as unknown as WithValidations).dataValidations;
  for (const v of sheet.validations) validations.add(v.range, forExcelJs(toExcelValidation(v)));
}

/**
 * A validation as ExcelJS takes it: a date rule's bounds as dates, in ISO text (it writes serials).
 * Before 1900-03-01 ExcelJS's Date → serial is one off (it counts days from 1899-12-30 and so
 * misses Excel's phantom 29/02/1900, ECMA-376 Part 1 §18.17.4.1): each bound goes in as the
 * instant ExcelJS's own arithmetic turns back into the same serial, so the oracle says what
 * Excel means.
 */
export function forExcelJs(dv: XlsxDataValidation): DataValidation {
  if (dv.type !== "date") return dv as DataValidation;
  // As ISO text, which ExcelJS turns into a Date when it writes: Date objects would all look
  // equal to its deep comparison (they have no own keys), and it would merge neighbouring date
  // rules whose bounds differ into one with the first cell's bounds.
  const date = (serial: number) => new Date((serial - 25569) * 86_400_000).toISOString();
  return { ...dv, formulae: dv.formulae.map((f) => date(Number(f))) } as DataValidation;
}

/** No password: ExcelJS then stores no hash and no random salt, which keeps the bytes stable. */
async function protectSheet(ws: Worksheet): Promise<void> {
  await ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}

/** ExcelJS has `dataValidations` on worksheets but leaves it out of its type definitions. */
interface WithValidations {
  dataValidations: { add(range: string, validation: DataValidation): void };
}

function cellValue(cell: PlanCell): CellValue {
  if (cell.f !== undefined) {
    const result = cell.v === null || cell.v === undefined || cell.v === "" ? undefined : cell.v;
    const formula = toFileFormula(cell.f);
    return (result === undefined ? { formula } : { formula, result }) as CellValue;
  }
  if (cell.v === undefined || cell.v === null || cell.v === "") return null;
  return cell.v;
}
