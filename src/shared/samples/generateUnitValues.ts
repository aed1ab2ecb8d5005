import type { Campaign, Indicator, ListColumn, PlanValue, Unit, ValueType } from "../model";
import { childrenOf, indicatorApplies, indicatorSheets, ratioParts } from "../outline/indicators";
import type { FilledValues } from "../plan/buildTemplatePlan";
import type { Random } from "./random";

/** Size of a unit, from which plausible counts are drawn. */
export interface UnitSize {
  partyMembers: number;
  staff: number;
}

const MODEL_WORDS = [
  "Công sở xanh – sạch – đẹp",
  "Ngày thứ Bảy tình nguyện",
  "Cán bộ nói không với phong bì",
  "Doanh nghiệp vì cộng đồng",
  "Một cửa thân thiện",
  "Văn hóa giao tiếp chuẩn mực",
  "Số hóa hồ sơ",
  "Bữa cơm công đoàn",
];
const PEOPLE = [
  "Nguyễn Thị Lan",
  "Trần Văn Hùng",
  "Lê Thị Mai",
  "Phạm Minh Tuấn",
  "Hoàng Thị Hoa",
  "Võ Văn Nam",
  "Đặng Thị Thu",
  "Bùi Quốc Bảo",
];

/** A plausible magnitude for an indicator from its unit of measure. */
function magnitude(ind: Pick<Indicator, "unit" | "max">, size: UnitSize): number {
  const u = ind.unit.toLowerCase();
  let m: number;
  if (u.includes("người") || u.includes("lượt")) m = size.staff;
  else if (u.includes("đảng viên")) m = size.partyMembers;
  else if (u.includes("triệu") || u.includes("đồng")) m = size.staff * 400;
  else if (u.includes("%")) m = 1;
  else m = 12;
  return ind.max !== undefined ? Math.min(m, ind.max) : m;
}

function valueOfType(
  type: ValueType,
  spec: { min?: number; max?: number; choices?: string[]; unit?: string },
  size: UnitSize,
  rnd: Random,
): PlanValue {
  switch (type) {
    case "integer": {
      const hi = Math.max(
        spec.min ?? 0,
        Math.floor(magnitude({ unit: spec.unit ?? "", max: spec.max }, size)),
      );
      return rnd.int(spec.min ?? 0, hi);
    }
    case "decimal": {
      const hi = magnitude({ unit: spec.unit ?? "", max: spec.max }, size);
      return Math.round((spec.min ?? 0) + rnd.next() * (hi - (spec.min ?? 0)) * 100) / 100;
    }
    case "percent":
      return Math.round((0.5 + rnd.next() * 0.5) * 1000) / 1000;
    case "yesno":
      return rnd.chance(0.8) ? "Có" : "Không";
    case "choice":
      return spec.choices ? rnd.pick(spec.choices) : null;
    case "date":
      return 44256 + rnd.int(0, 60); // March–April 2021
    case "text":
      return rnd.pick(MODEL_WORDS);
  }
}

/**
 * Plausible, internally consistent values for one unit: counts scaled to the unit's size, year
 * columns trending gently, parents equal to the sum of their children, only the indicators that
 * apply to the unit's type. Rules are repaired afterwards by `repairRules`.
 */
export function generateUnitValues(
  campaign: Campaign,
  unit: Unit,
  size: UnitSize,
  rnd: Random,
): Required<FilledValues> {
  const values: Required<FilledValues>["values"] = {};
  for (const sheet of indicatorSheets(campaign.outline)) {
    const sheetValues: Record<string, Record<string, PlanValue>> = (values[sheet.id] = {});
    for (const ind of sheet.indicators) {
      if (ind.heading || ratioParts(ind) || !indicatorApplies(ind, unit.type)) continue;
      const row: Record<string, PlanValue> = (sheetValues[ind.code] = {});
      // A unit's own totals ("Tổng số đảng viên…", "Tổng số cán bộ…") are its size, not a draw.
      const isTotal = ind.type === "integer" && !ind.sumOfChildren && /^tổng số/i.test(ind.label);
      const base = isTotal
        ? Math.floor(magnitude(ind, size))
        : valueOfType(ind.type, ind, size, rnd);
      sheet.columns.forEach((col, j) => {
        if (typeof base === "number" && ind.type === "integer") {
          const grown = Math.round(base * (0.8 + 0.05 * j + rnd.next() * 0.1));
          row[col.id] = clamp(grown, ind.min, ind.max);
        } else if (!ind.required && rnd.chance(0.1)) {
          row[col.id] = null;
        } else {
          row[col.id] = j === 0 ? base : valueOfType(ind.type, ind, size, rnd);
        }
      });
    }
  }
  recomputeParents(campaign, values);
  const lists: Required<FilledValues>["lists"] = {};
  for (const sheet of campaign.outline.sheets) {
    if (sheet.kind !== "list") continue;
    lists[sheet.id] = Array.from({ length: rnd.int(0, 3) }, () =>
      listRow(sheet.columns, size, rnd),
    );
  }
  return { info: {}, values, lists };
}

function listRow(columns: ListColumn[], size: UnitSize, rnd: Random): Record<string, PlanValue> {
  const row: Record<string, PlanValue> = {};
  for (const col of columns) {
    const header = col.header.toLowerCase();
    if (
      col.type === "text" &&
      (header.includes("họ") || (header.includes("tên") && header.includes("cá nhân")))
    )
      row[col.id] = rnd.pick(PEOPLE);
    else if (col.type === "integer" && header.includes("năm"))
      row[col.id] = clamp(rnd.int(2016, 2020), col.min, col.max);
    else row[col.id] = valueOfType(col.type, col, size, rnd);
  }
  return row;
}

/** Sets every "parent = sum of children" indicator to its children's sum, deepest first. */
export function recomputeParents(
  campaign: Campaign,
  values: Required<FilledValues>["values"],
): void {
  for (const sheet of indicatorSheets(campaign.outline)) {
    const sheetValues = values[sheet.id] ?? {};
    const parents = sheet.indicators
      .filter((i) => i.sumOfChildren && sheetValues[i.code])
      .sort((a, b) => depth(b.code) - depth(a.code));
    for (const parent of parents) {
      const kids = childrenOf(sheet, parent.code).filter((k) => sheetValues[k.code]);
      if (kids.length === 0) continue;
      for (const col of sheet.columns) {
        sheetValues[parent.code][col.id] = kids.reduce(
          (s, k) => s + (Number(sheetValues[k.code][col.id]) || 0),
          0,
        );
      }
    }
  }
}

function depth(code: string): number {
  return code.split(".").length;
}

function clamp(v: number, min?: number, max?: number): number {
  return Math.min(max ?? Infinity, Math.max(min ?? -Infinity, v));
}
