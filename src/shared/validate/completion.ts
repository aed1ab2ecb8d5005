import { cellKey, errorCells } from "../findings/errorCells";
import type { Finding, Outline, UnitReport } from "../model";
import { indicatorApplies, ratioParts } from "../outline/indicators";

/**
 * Share of the required cells (for the unit's type) that hold a valid value: filled and without an
 * error finding at that cell. Null when nothing is required.
 *
 * @example completionOf(report, outline, "CQ", findings) // 0.97
 */
export function completionOf(
  report: UnitReport,
  outline: Outline,
  unitType: string | undefined,
  findings: Finding[],
): number | null {
  const badCells = errorCells(findings);
  let required = 0;
  let valid = 0;
  const count = (present: { src: { sheet: string; cell: string } } | undefined) => {
    required++;
    if (!present) return;
    // Most reports have no error at all: skip building a key per cell then.
    if (badCells.size === 0 || !badCells.has(cellKey(present.src.sheet, present.src.cell))) valid++;
  };
  for (const sheet of outline.sheets) {
    if (sheet.kind === "info") {
      for (const f of sheet.fields) if (f.required) count(report.info[f.id]);
    } else if (sheet.kind === "indicators") {
      for (const ind of sheet.indicators) {
        if (ind.heading || !ind.required || ratioParts(ind) || !indicatorApplies(ind, unitType))
          continue;
        for (const col of sheet.columns) count(report.values[sheet.id]?.[ind.code]?.[col.id]);
      }
    }
  }
  return required === 0 ? null : valid / required;
}
