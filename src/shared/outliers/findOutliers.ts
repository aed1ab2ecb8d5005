import type { Consolidation } from "../consolidate/consolidate";
import { parseA1 } from "../a1/a1";
import type { FindingParams } from "../findings/findingText";
import { makeFinding } from "../findings/makeFinding";
import type { Campaign, Finding, Indicator } from "../model";
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
  const bad = unusableCells(consolidation, findings);
  const groups = groupsOf(campaign, consolidation);
  const { units, perUnit } = consolidation;
  const out: Finding[] = [];
  for (const sheet of indicatorSheets(campaign.outline)) {
    const years = yearColumns(sheet);
    const width = sheet.columns.length;
    for (const ind of sheet.indicators) {
      if (!judged(ind)) continue;
      // cells[i * width + k]: unit i's usable value of column k, NaN when there is none. Kept in
      // numbers: 1,000 units' cells are judged in each consolidation.
      const cells = new Float64Array(units.length * width).fill(NaN);
      const srcOf = (i: number, k: number) =>
        units[i].report.values[sheet.id]?.[ind.code]?.[sheet.columns[k].id]?.src;
      const prefix = `${sheet.id}\u0000${ind.code}\u0000`;
      for (let i = 0; i < units.length; i++) {
        const row = perUnit[i][sheet.id]?.[ind.code];
        if (!row) continue;
        const errors = bad.get(i);
        for (let k = 0; k < width; k++) {
          const v = row[k];
          if (v === null || v < 0) continue;
          if (errors?.has(prefix + sheet.columns[k].id)) continue;
          cells[i * width + k] = v;
        }
      }
      const flag = (i: number, k: number, params: FindingParams) => {
        const v = cells[i * width + k];
        cells[i * width + k] = NaN; // one warning per cell, and no yardstick for the next check
        const src = srcOf(i, k)!;
        out.push(
          makeFinding(
            "W_OUTLIER",
            {
              unit: units[i].unit.code,
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
          const present = members.filter((i) => !Number.isNaN(cells[i * width + k]));
          if (present.length < MIN_GROUP_SIZE) continue;
          const values = present.map((i) => cells[i * width + k]);
          const fence = robustFence(values);
          let first = -Infinity;
          let second = -Infinity;
          for (const v of values) {
            if (v > first) [first, second] = [v, first];
            else if (v > second) second = v;
          }
          for (const i of present) {
            const v = cells[i * width + k];
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
      for (let i = 0; i < units.length; i++) {
        const at = i * width;
        const jumps: Array<{ k: number; v: number; highest: number; lowest: number }> = [];
        for (let k = 0; k < width; k++) {
          const v = cells[at + k];
          if (Number.isNaN(v)) continue;
          // Plain loops: typed-array filter and spread cost more than the rest of the check.
          let others = 0;
          let highest = -Infinity;
          let lowest = Infinity;
          for (let j = 0; j < width; j++) {
            const o = cells[at + j];
            if (j === k || Number.isNaN(o)) continue;
            others++;
            if (o > highest) highest = o;
            if (o < lowest) lowest = o;
          }
          // From nothing to something is how new activities start, not a typing slip.
          if (others < 2 || highest === 0 || 1 + v <= JUMP_FACTOR * (1 + highest)) continue;
          jumps.push({ k, v, highest, lowest });
        }
        for (const { k, v, highest, lowest } of jumps)
          flag(i, k, {
            year: String(years[k]),
            factor: yardstick(v / highest),
            low: shown(lowest, ind),
            high: shown(highest, ind),
          });
      }
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

/**
 * The cells of each unit (by index) that an error finding names, as sheet id, indicator code and
 * column id found through the unit's anchors: their values are neither judged nor yardsticks.
 */
function unusableCells(c: Consolidation, findings: readonly Finding[]): Map<number, Set<string>> {
  const index = new Map(c.units.map((u, i) => [u.unit.code, i]));
  const out = new Map<number, Set<string>>();
  for (const f of findings) {
    const i = index.get(f.unit);
    const at = f.cell ? parseA1(f.cell) : undefined;
    if (f.severity !== "error" || i === undefined || !at) continue;
    for (const [sheetId, anchors] of Object.entries(c.units[i].report.anchors)) {
      if (anchors.sheet !== f.sheet) continue;
      const code = Object.keys(anchors.rows).find((r) => anchors.rows[r] === at.row);
      const col = Object.keys(anchors.cols).find((k) => anchors.cols[k] === at.col);
      if (code === undefined || col === undefined) continue;
      if (!out.has(i)) out.set(i, new Set());
      out.get(i)!.add(`${sheetId}\u0000${code}\u0000${col}`);
    }
  }
  return out;
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
