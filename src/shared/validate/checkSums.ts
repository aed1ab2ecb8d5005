import { makeFinding } from "../findings/makeFinding";
import type { Finding, Outline, UnitReport } from "../model";
import { childrenOf, indicatorApplies, indicatorSheets } from "../outline/indicators";
import { formatNumberVi } from "../read/convertCell";

/** Relative tolerance for sums of decimals (binary floating point). */
const EPSILON = 1e-9;

/**
 * "Parent = sum of children": for each flagged indicator and each column where the parent and at
 * least one child are filled, the parent must equal the sum of its applicable children.
 */
export function checkSums(
  report: UnitReport,
  outline: Outline,
  unitType: string | undefined,
): Finding[] {
  const out: Finding[] = [];
  for (const sheet of indicatorSheets(outline)) {
    const values = report.values[sheet.id] ?? {};
    for (const parent of sheet.indicators) {
      if (!parent.sumOfChildren || !indicatorApplies(parent, unitType)) continue;
      const children = childrenOf(sheet, parent.code).filter((c) => indicatorApplies(c, unitType));
      for (const col of sheet.columns) {
        const p = values[parent.code]?.[col.id];
        if (!p || typeof p.v !== "number") continue;
        let sum = 0;
        let any = false;
        for (const child of children) {
          const v = values[child.code]?.[col.id]?.v;
          if (typeof v === "number") {
            sum += v;
            any = true;
          }
        }
        if (!any) continue;
        if (Math.abs(p.v - sum) > EPSILON * Math.max(1, Math.abs(sum))) {
          out.push(
            makeFinding(
              "E_SUM",
              {
                unit: report.unitCode ?? report.fileName,
                file: report.fileName,
                sheet: p.src.sheet,
                cell: p.src.cell,
                indicator: parent.code,
                column: col.id,
              },
              {
                indicator: parent.code,
                value: formatNumberVi(p.v),
                expected: formatNumberVi(sum),
                column: sheet.columns.length > 1 ? col.header : undefined,
              },
            ),
          );
        }
      }
    }
  }
  return out;
}
