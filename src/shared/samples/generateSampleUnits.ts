import { milestoneDue } from "../deadline/milestoneDue";
import type { Campaign, PlanValue, Unit } from "../model";
import { indicatorSheets } from "../outline/indicators";
import type { FilledValues } from "../plan/buildTemplatePlan";
import { expectedUnits } from "../validate/expectedUnits";
import { generateUnitValues } from "./generateUnitValues";
import { seededRandom, seedOf, type Random } from "./random";
import { repairRules } from "./repairRules";

/** The typical mistakes units make, each leading to a known finding. */
export type Mistake =
  "textNumber" | "negative" | "badSum" | "missingValue" | "late" | "noDate" | "ruleBroken";

export interface SampleUnit {
  unit: Unit;
  fileName: string;
  filled: Required<FilledValues>;
  mistakes: Mistake[];
}

export interface SampleOptions {
  seed?: number;
  /** Share of expected units that send nothing (default 0.1). */
  missingRate?: number;
  /** Share of units with one or two typical mistakes (default 0.3). */
  mistakeRate?: number;
  /** Share of late submissions (default 0.2). */
  lateRate?: number;
}

/**
 * Filled submissions for the campaign's expected units, deterministic for a seed: realistic
 * values, some units missing, some late, some with typical mistakes (listed per unit so tests
 * can expect the matching findings).
 *
 * @example generateSampleUnits(embeddedCampaign).length // ≈ 90% of the expected units
 */
export function generateSampleUnits(campaign: Campaign, options: SampleOptions = {}): SampleUnit[] {
  const seed = options.seed ?? 2021;
  const out: SampleUnit[] = [];
  for (const unit of expectedUnits(campaign)) {
    const rnd = seededRandom(seedOf(unit.code, seed));
    if (rnd.chance(options.missingRate ?? 0.1)) continue;
    const size = { partyMembers: rnd.int(8, 250), staff: 0 };
    size.staff = size.partyMembers + rnd.int(5, 600);
    const filled = generateUnitValues(campaign, unit, size, rnd);
    repairRules(campaign, filled);
    const due = milestoneDue(campaign, unit.level, "report")!;
    const lastOnTime = due.inclusive ? due.due : due.due - 1;
    const mistakes: Mistake[] = [];
    if (rnd.chance(options.lateRate ?? 0.2)) mistakes.push("late");
    if (rnd.chance(options.mistakeRate ?? 0.3)) {
      const all: Mistake[] = [
        "textNumber",
        "negative",
        "badSum",
        "missingValue",
        "noDate",
        "ruleBroken",
      ];
      mistakes.push(rnd.pick(all));
      if (rnd.chance(0.3)) mistakes.push(rnd.pick(all));
    }
    filled.info = {
      unitCode: unit.code,
      unitName: unit.name,
      level: unit.level,
      unitType: unit.type,
      partyMembers: size.partyMembers,
      staff: size.staff,
      conferenceDate: lastOnTime - rnd.int(10, 30),
      submittedAt: mistakes.includes("late")
        ? lastOnTime + rnd.int(1, 6)
        : lastOnTime - rnd.int(0, 8),
      preparer: rnd.pick(["Nguyễn Thị Hằng", "Trần Quốc Việt", "Lê Minh Châu", "Phạm Thu Trang"]),
      phone: `0${rnd.int(200, 299)}${rnd.int(1000000, 9999999)}`,
    };
    const applied = mistakes.filter((m) => applyMistake(campaign, filled, m, rnd));
    out.push({ unit, fileName: `${unit.code}_phu-luc.xlsx`, filled, mistakes: unique(applied) });
  }
  return out;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** Applies one mistake; false when the outline offers no place for it. */
function applyMistake(
  campaign: Campaign,
  filled: Required<FilledValues>,
  mistake: Mistake,
  rnd: Random,
): boolean {
  const sheets = indicatorSheets(campaign.outline);
  const numericCells = (pred: (code: string) => boolean = () => true) => {
    const cells: Array<{ sheet: string; code: string; col: string }> = [];
    for (const s of sheets) {
      for (const ind of s.indicators) {
        if (ind.type !== "integer" || !pred(`${s.id}:${ind.code}`)) continue;
        const row = filled.values[s.id]?.[ind.code];
        if (!row) continue;
        for (const col of s.columns)
          if (typeof row[col.id] === "number")
            cells.push({ sheet: s.id, code: ind.code, col: col.id });
      }
    }
    return cells;
  };
  const set = (c: { sheet: string; code: string; col: string }, v: PlanValue) =>
    (filled.values[c.sheet][c.code][c.col] = v);
  switch (mistake) {
    case "late":
      return true;
    case "noDate":
      delete filled.info.submittedAt;
      return true;
    case "textNumber": {
      const cells = numericCells();
      if (cells.length === 0) return false;
      const c = rnd.pick(cells);
      const v = filled.values[c.sheet][c.code][c.col] as number;
      // Same value, typed as text the Vietnamese way ("1.234", " 12 "): a warning, not an error.
      set(c, ` ${v.toLocaleString("vi-VN")} `);
      return true;
    }
    case "negative": {
      const leaves = new Set(
        sheets.flatMap((s) =>
          s.indicators
            .filter((i) => !i.sumOfChildren && (i.min ?? -1) >= 0)
            .map((i) => `${s.id}:${i.code}`),
        ),
      );
      const cells = numericCells((k) => leaves.has(k));
      if (cells.length === 0) return false;
      set(rnd.pick(cells), -rnd.int(1, 9));
      return true;
    }
    case "badSum": {
      const parents = new Set(
        sheets.flatMap((s) =>
          s.indicators.filter((i) => i.sumOfChildren).map((i) => `${s.id}:${i.code}`),
        ),
      );
      const cells = numericCells((k) => parents.has(k));
      if (cells.length === 0) return false;
      const c = rnd.pick(cells);
      set(c, (filled.values[c.sheet][c.code][c.col] as number) + rnd.int(1, 5));
      return true;
    }
    case "missingValue": {
      const required = new Set(
        sheets.flatMap((s) =>
          s.indicators
            .filter((i) => i.required && !i.sumOfChildren)
            .map((i) => `${s.id}:${i.code}`),
        ),
      );
      const cells = numericCells((k) => required.has(k));
      if (cells.length === 0) return false;
      set(rnd.pick(cells), null);
      return true;
    }
    case "ruleBroken":
      return repairRules(campaign, filled, { breakOne: rnd });
  }
}
