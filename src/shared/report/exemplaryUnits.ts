import type { Consolidation } from "../consolidate/consolidate";
import type { Campaign, Indicator, Unit } from "../model";
import { indicatorApplies, indicatorSheets } from "../outline/indicators";
import { amountText } from "./amountText";

/** An indicator the outline marks as speaking for (merit) or against (demerit) a unit. */
export interface Criterion {
  sheet: string;
  sheetName: string;
  code: string;
  /** The column ranked: the latest year on a year-column sheet. */
  column: string;
  columnHeader: string;
  indicator: Indicator;
  assessment: "merit" | "demerit";
}

export interface UnitFigure {
  criterion: Criterion;
  value: number | null;
  /** "93,75 %", "12 tập thể". */
  shown: string;
  /** 0–100 within the unit's group, null when the unit has no value or no peer. */
  points: number | null;
}

export interface RankedUnit {
  unit: Unit;
  /** Mean of the figures' points, null when none could be scored. */
  score: number | null;
  figures: UnitFigure[];
  /** Units with errors in their figures are ranked but not proposed. */
  errors: number;
}

export interface ExemplaryRanking {
  criteria: Criterion[];
  rule: { vi: string; en: string };
  /** Every consolidated unit, best first. */
  ranked: RankedUnit[];
  /** The short list for the Standing Committee: the best units without errors. */
  candidates: RankedUnit[];
}

/** How many candidates the short list holds at most. */
export const CANDIDATES = 5;

/**
 * Ranks the consolidated units on the indicators the outline marks as merits and demerits
 * (`assessment`), each unit against the units of its own level and type: on a merit it earns the
 * share of its peers it does better than (ties half), from 0 to 100 points, on a demerit the
 * share of peers with more; its score is the mean of its points. Units with errors in their
 * figures are ranked but never on the short list.
 *
 * @example
 * const r = exemplaryUnits(campaign, run.consolidation);
 * r.candidates[0].unit.name; r.candidates[0].figures.map((f) => f.shown)
 */
export function exemplaryUnits(campaign: Campaign, c: Consolidation): ExemplaryRanking {
  const criteria: Criterion[] = indicatorSheets(campaign.outline).flatMap((sheet) => {
    const k = sheet.columns.length - 1;
    return sheet.indicators
      .filter((ind) => ind.assessment && !ind.heading)
      .map((ind) => ({
        sheet: sheet.id,
        sheetName: sheet.name,
        code: ind.code,
        column: sheet.columns[k].id,
        columnHeader: sheet.columns[k].header,
        indicator: ind,
        assessment: ind.assessment!,
      }));
  });
  const sheetOf = new Map(indicatorSheets(campaign.outline).map((s) => [s.id, s]));
  const columnOf = criteria.map((cr) =>
    sheetOf.get(cr.sheet)!.columns.findIndex((col) => col.id === cr.column),
  );
  const valueOf = (i: number, n: number): number | null => {
    const cr = criteria[n];
    if (!indicatorApplies(cr.indicator, c.units[i].unit.type)) return null;
    return c.perUnit[i][cr.sheet]?.[cr.code]?.[columnOf[n]] ?? null;
  };
  // Each group's values of each criterion, sorted: a unit's points are two binary searches.
  const groupOf = (u: Unit) => `${u.level}\u0000${u.type}`;
  const members = new Map<string, number[]>();
  c.units.forEach(({ unit }, i) => {
    const list = members.get(groupOf(unit));
    if (list) list.push(i);
    else members.set(groupOf(unit), [i]);
  });
  const sortedValues = new Map<string, Float64Array[]>();
  for (const [key, idx] of members)
    sortedValues.set(
      key,
      criteria.map((_, n) =>
        Float64Array.from(
          idx.map((i) => valueOf(i, n)).filter((v): v is number => v !== null),
        ).sort(),
      ),
    );
  const ranked: RankedUnit[] = c.units.map(({ unit, errors }, i) => {
    const figures = criteria.map((cr, n): UnitFigure => {
      const value = valueOf(i, n);
      if (value === null) return { criterion: cr, value, shown: "—", points: null };
      const all = sortedValues.get(groupOf(unit))![n];
      const below = lowerBound(all, value);
      const equal = lowerBound(all, value, true) - below - 1; // the unit itself left out
      const above = all.length - below - equal - 1;
      const others = all.length - 1;
      const beaten = cr.assessment === "merit" ? below : above;
      return {
        criterion: cr,
        value,
        shown: amountText(cr.indicator, value),
        points: others > 0 ? (100 * (beaten + equal / 2)) / others : null,
      };
    });
    const scored = figures.filter((f) => f.points !== null).map((f) => f.points!);
    const score = scored.length > 0 ? scored.reduce((a, b) => a + b, 0) / scored.length : null;
    return { unit, score, figures, errors };
  });
  const order = new Map(campaign.units.map((u, i) => [u.code, i]));
  ranked.sort(
    (a, b) =>
      (b.score ?? -1) - (a.score ?? -1) ||
      (order.get(a.unit.code) ?? 0) - (order.get(b.unit.code) ?? 0),
  );
  return {
    criteria,
    rule: ruleText(criteria),
    ranked,
    candidates: ranked.filter((r) => r.errors === 0 && r.score !== null).slice(0, CANDIDATES),
  };
}

/** The first index of a sorted array holding a value ≥ v (> v when `after`). */
function lowerBound(sorted: Float64Array, v: number, after = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v || (after && sorted[mid] === v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The rule in words, as shown beside the list, naming every criterion. */
function ruleText(criteria: Criterion[]): { vi: string; en: string } {
  const name = (cr: Criterion) =>
    `${cr.indicator.label} (${cr.sheetName}, chỉ tiêu ${cr.code}${cr.column !== "SL" ? `, ${cr.columnHeader}` : ""})`;
  const merits = criteria.filter((c) => c.assessment === "merit").map(name);
  const demerits = criteria.filter((c) => c.assessment === "demerit").map(name);
  return {
    vi:
      "Mỗi đơn vị được so với các đơn vị cùng cấp, cùng loại hình. Với mỗi chỉ tiêu thành tích, đơn vị được điểm bằng tỷ lệ số đơn vị trong nhóm có số liệu thấp hơn mình (0–100 điểm, bằng nhau tính một nửa); với mỗi chỉ tiêu hạn chế, bằng tỷ lệ số đơn vị có số liệu cao hơn. Điểm xếp hạng là trung bình các điểm. " +
      `Đơn vị còn lỗi số liệu không được đề xuất. Chỉ tiêu thành tích: ${merits.join("; ") || "không có"}. Chỉ tiêu hạn chế: ${demerits.join("; ") || "không có"}.`,
    en:
      "Each unit is compared with the units of the same level and type. On each merit indicator it earns the share of those units with a lower figure (0–100 points, ties count half); on each demerit indicator, the share with a higher figure. The score is the mean of the points. " +
      `Units with errors in their figures are not proposed. Merits: ${merits.join("; ") || "none"}. Demerits: ${demerits.join("; ") || "none"}.`,
  };
}
