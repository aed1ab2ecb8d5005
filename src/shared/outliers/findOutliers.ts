import type { Consolidation } from "../consolidate/consolidate";
import { cellKey, errorCells } from "../findings/errorCells";
import type { FindingParams } from "../findings/findingText";
import { makeFinding } from "../findings/makeFinding";
import type { Campaign, Finding, Indicator, SourceRef } from "../model";
import { indicatorSheets } from "../outline/indicators";
import { formatNumberVi } from "../read/convertCell";
import { robustFence } from "./robustFence";
import { yearColumns } from "./yearColumns";

/** Fewer comparable units than this give no reliable picture: their values are not compared. */
export const MIN_GROUP_SIZE = 5;
/**
 * A value is far out when 1 + it exceeds this many times 1 + the highest of the other comparable
 * units' (or, on year-column sheets, of the unit's other years').
 */
export const JUMP_FACTOR = 10;

interface JudgedCell {
  v: number;
  src: SourceRef;
}

/**
 * W_OUTLIER warnings for values far above the rest: each numeric indicator's value against the
 * units of the same level and type (above `robustFence`, or JUMP_FACTOR times the highest of the
 * others; at least MIN_GROUP_SIZE units), and on
 * year-column sheets each year against the unit's other years (JUMP_FACTOR, values above 0). One warning per cell, the
 * comparison with other units first. Cells with an error finding are neither judged nor used
 * as yardsticks. Totals are never touched: these are only findings.
 *
 * @example
 * findOutliers(campaign, run.consolidation, run.findings)
 * // → [{ code: "W_OUTLIER", unit: "CBCS03", sheet: "B1 Quán triệt, triển khai", cell: "D9", … }]
 */
export function findOutliers(
  campaign: Campaign,
  consolidation: Consolidation,
  findings: readonly Finding[],
): Finding[] {
  const bad = errorCells(findings);
  const groups = groupsOf(campaign, consolidation);
  const out: Finding[] = [];
  for (const sheet of indicatorSheets(campaign.outline)) {
    const years = yearColumns(sheet);
    for (const ind of sheet.indicators) {
      if (!judged(ind)) continue;
      // cells[i][k]: unit i's usable value of column k, with the cell it was read from.
      const cells = consolidation.units.map(({ report }, i) =>
        sheet.columns.map((col, k): JudgedCell | undefined => {
          const v = consolidation.perUnit[i][sheet.id]?.[ind.code]?.[k];
          const src = report.values[sheet.id]?.[ind.code]?.[col.id]?.src;
          if (v === null || v === undefined || v < 0 || !src) return undefined;
          return bad.has(cellKey(src.sheet, src.cell)) ? undefined : { v, src };
        }),
      );
      const flag = (i: number, k: number, params: FindingParams) => {
        const { v, src } = cells[i][k]!;
        cells[i][k] = undefined; // one warning per cell, and no yardstick for the next check
        out.push(
          makeFinding(
            "W_OUTLIER",
            {
              unit: consolidation.units[i].unit.code,
              file: src.file,
              sheet: src.sheet,
              cell: src.cell,
              indicator: ind.code,
              column: sheet.columns[k].id,
            },
            { ...params, value: shown(v, ind) },
          ),
        );
      };
      sheet.columns.forEach((_, k) => {
        for (const { name, members } of groups) {
          const present = members.filter((i) => cells[i][k]);
          if (present.length < MIN_GROUP_SIZE) continue;
          const values = present.map((i) => cells[i][k]!.v);
          const fence = robustFence(values);
          const [first, second] = [...values].sort((a, b) => b - a);
          for (const i of present) {
            const v = cells[i][k]!.v;
            // Far above the spread of the group, or ten times the highest of the other units.
            const highestOther = v === first ? second : first;
            // The lower of the two yardsticks is the one the value broke, and the one shown.
            const limit = Math.min(fence.upper, JUMP_FACTOR * (1 + highestOther) - 1);
            if (v <= limit) continue;
            flag(i, k, {
              group: name,
              count: fence.count,
              low: yardstick(fence.q1),
              high: yardstick(fence.q3),
              median: yardstick(fence.median),
              max: yardstick(limit),
            });
          }
        }
      });
      if (!years) continue;
      cells.forEach((row, i) => {
        const jumps = row.flatMap((c, k) => {
          if (!c) return [];
          const others = row.filter((o, j): o is JudgedCell => j !== k && o !== undefined);
          if (others.length < 2) return [];
          const highest = Math.max(...others.map((o) => o.v));
          // From nothing to something is how new activities start, not a typing slip.
          if (highest === 0 || 1 + c.v <= JUMP_FACTOR * (1 + highest)) return [];
          const lowest = Math.min(...others.map((o) => o.v));
          return [{ k, c, highest, lowest }];
        });
        for (const { k, c, highest, lowest } of jumps)
          flag(i, k, {
            year: String(years[k]),
            factor: yardstick(c.v / highest),
            low: shown(lowest, ind),
            high: shown(highest, ind),
          });
      });
    }
  }
  return out;
}

/** Counts and amounts; ratios, yes/no and text are not judged (ratios follow their parts). */
function judged(ind: Indicator): boolean {
  return (
    !ind.heading &&
    (ind.type === "integer" || ind.type === "decimal") &&
    typeof ind.aggregation !== "object" &&
    ind.aggregation !== "none"
  );
}

/** Units side by side with their comparable units: same level and same type, registry order. */
function groupsOf(
  campaign: Campaign,
  c: Consolidation,
): Array<{ name: string; members: number[] }> {
  const byKey = new Map<string, { name: string; members: number[] }>();
  c.units.forEach(({ unit }, i) => {
    const key = `${unit.level}\u0000${unit.type}`;
    let g = byKey.get(key);
    if (!g) {
      const level = campaign.levels.find((l) => l.code === unit.level)?.name ?? unit.level;
      const type = campaign.unitTypes.find((t) => t.code === unit.type)?.name ?? unit.type;
      byKey.set(key, (g = { name: `${level} – ${type.toLowerCase()}`, members: [] }));
    }
    g.members.push(i);
  });
  return [...byKey.values()];
}

function shown(v: number, ind: Indicator): string {
  return formatNumberVi(ind.type === "integer" ? v : Math.round(v * 100) / 100);
}

/** A yardstick shown to a person: whole numbers from 10 up, one decimal below. */
function yardstick(v: number): string {
  return formatNumberVi(v >= 10 ? Math.round(v) : Math.round(v * 10) / 10);
}
