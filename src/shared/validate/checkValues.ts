import { a1 } from "../a1/a1";
import type { FindingParams } from "../findings/findingText";
import { cellKey } from "../findings/errorCells";
import { makeFinding } from "../findings/makeFinding";
import type { Finding, Outline, ReportValue, SourcedValue, UnitReport } from "../model";
import { indicatorApplies, ratioParts } from "../outline/indicators";
import { parseA1 } from "../a1/a1";
import { formatNumberVi } from "../read/convertCell";

interface Bounded {
  min?: number;
  max?: number;
  type: string;
}

/** Bounds of a percent are fractions; show them as percentages. */
function showBound(b: number | undefined, type: string): string | undefined {
  if (b === undefined) return undefined;
  return type === "percent" ? `${formatNumberVi(b * 100)}%` : formatNumberVi(b);
}

function outOfBounds(v: ReportValue, spec: Bounded): boolean {
  if (typeof v !== "number") return false;
  return (spec.min !== undefined && v < spec.min) || (spec.max !== undefined && v > spec.max);
}

export interface CheckValuesOptions {
  /** False for a consolidated appendix read as a submission: an empty total is legitimate. */
  requireValues: boolean;
  /** Cells whose value could not be used (wrong type, #REF!…; keys from cellKey): not "missing". */
  unusableCells?: ReadonlySet<string>;
}

type FindingLocationInSheet = {
  sheet?: string;
  cell?: string;
  indicator?: string;
  column?: string;
};

/**
 * Required cells and bounds, for the info sheet, every indicator that applies to the unit's type
 * and every list row. Missing cells are named by the address where the value belongs.
 */
export function checkValues(
  report: UnitReport,
  outline: Outline,
  unitType: string | undefined,
  options: CheckValuesOptions = { requireValues: true },
): Finding[] {
  const out: Finding[] = [];
  const unit = report.unitCode ?? report.fileName;
  /** A required cell is empty, unless it held something unusable, which is reported already. */
  const missing = (where: FindingLocationInSheet, params: FindingParams) => {
    if (!options.requireValues) return;
    if (where.sheet && where.cell && options.unusableCells?.has(cellKey(where.sheet, where.cell)))
      return;
    out.push(makeFinding("E_REQUIRED", { unit, file: report.fileName, ...where }, params));
  };
  const at = (sheetId: string, key: string, colKey: string) => {
    const anchors = report.anchors[sheetId];
    const row = anchors?.rows[key];
    const col = anchors?.cols[colKey];
    return {
      sheet: anchors?.sheet,
      cell: row !== undefined && col !== undefined ? a1(row, col) : undefined,
    };
  };
  const bound = (
    sv: SourcedValue,
    spec: Bounded,
    where: { indicator?: string; column?: string },
  ) => {
    if (!outOfBounds(sv.v, spec)) return;
    const shown =
      spec.type === "percent"
        ? `${formatNumberVi((sv.v as number) * 100)}%`
        : formatNumberVi(sv.v as number);
    out.push(
      makeFinding(
        "E_BOUND",
        { unit, file: report.fileName, sheet: sv.src.sheet, cell: sv.src.cell, ...where },
        { value: shown, min: showBound(spec.min, spec.type), max: showBound(spec.max, spec.type) },
      ),
    );
  };

  for (const sheet of outline.sheets) {
    const anchors = report.anchors[sheet.id];
    if (!anchors) continue; // the missing sheet is already reported by the reader
    if (sheet.kind === "info") {
      for (const field of sheet.fields) {
        const sv = report.info[field.id];
        if (sv) bound(sv, field, { indicator: field.id });
        else if (field.required && anchors.rows[field.id] !== undefined) {
          missing(
            { ...at(sheet.id, field.id, field.id), indicator: field.id },
            { label: field.label },
          );
        }
      }
    } else if (sheet.kind === "indicators") {
      const values = report.values[sheet.id] ?? {};
      for (const ind of sheet.indicators) {
        if (ind.heading || ratioParts(ind) || !indicatorApplies(ind, unitType)) continue;
        const row = values[ind.code];
        if (!row) continue; // row not found: reported by the reader
        for (const col of sheet.columns) {
          const sv = row[col.id];
          if (sv) bound(sv, ind, { indicator: ind.code, column: col.id });
          else if (ind.required && anchors.cols[col.id] !== undefined) {
            missing(
              { ...at(sheet.id, ind.code, col.id), indicator: ind.code, column: col.id },
              {
                label: `${ind.code}. ${ind.label}`,
                column: sheet.columns.length > 1 ? col.header : undefined,
              },
            );
          }
        }
      }
    } else {
      const rows = report.lists[sheet.id] ?? [];
      if (rows.length > sheet.maxRows) {
        // Nothing is cut (no data is lost), but a list this long is most likely a mistake.
        out.push(
          makeFinding(
            "W_LIST_LONG",
            { unit, file: report.fileName, sheet: anchors.sheet },
            { value: String(rows.length), max: String(sheet.maxRows) },
          ),
        );
      }
      for (const row of rows) {
        const anyCell = Object.values(row)[0]?.src.cell;
        const rowIndex = anyCell ? parseA1(anyCell)?.row : undefined;
        for (const col of sheet.columns) {
          const sv = row[col.id];
          if (sv) bound(sv, col, { column: col.id });
          else if (col.required && rowIndex !== undefined && anchors.cols[col.id] !== undefined) {
            missing(
              { sheet: anchors.sheet, cell: a1(rowIndex, anchors.cols[col.id]), column: col.id },
              { label: col.header },
            );
          }
        }
      }
    }
  }
  return out;
}
