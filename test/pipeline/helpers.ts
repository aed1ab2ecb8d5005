import type { Campaign, PlanValue, SourceWorkbook } from "../../src/shared/model";
import { buildTemplatePlan, type FilledValues } from "../../src/shared/plan/buildTemplatePlan";
import { planToGrids } from "../../src/shared/plan/planToGrids";

/** A unit's filled template as the host would read it back, without going through a file. */
export function filledWorkbook(
  campaign: Campaign,
  unitCode: string,
  filled: FilledValues,
  fileName = `${unitCode}.xlsx`,
): SourceWorkbook {
  return { fileName, sheets: planToGrids(buildTemplatePlan(campaign, { unitCode, filled })) };
}

/** Typical values of the mini campaign's B1 for one unit of type CQ or DN. */
export function miniValues(
  unitCode: string,
  level: string,
  type: "CQ" | "DN",
  k: number,
  submittedAt = 44315, // 2021-04-29
): FilledValues {
  const row = (a: number, b: number) => ({ "2019": a, "2020": b });
  const values: Record<string, Record<string, PlanValue>> = {
    "1": row(10 * k, 12 * k),
    "1.1": row(6 * k, 7 * k),
    "1.2": row(4 * k, 5 * k),
    "2": row(8 * k, 11 * k),
    "6": { "2019": "Có", "2020": k % 2 ? "Có" : "Không" },
    "7": row(40 + k, 45 + k),
  };
  if (type === "CQ") values["4"] = row(k, 2 * k);
  else {
    values["5"] = row(100.5 * k, 120.25 * k);
    values["8"] = row(5 + k / 4, 6.5 + k / 8);
  }
  return {
    info: {
      unitCode,
      unitName: `Đơn vị ${unitCode}`,
      level,
      unitType: type,
      partyMembers: 20 * k,
      submittedAt,
      preparer: "Nguyễn Văn A",
    },
    values: { B1: values },
    lists: { L1: [{ name: `Mô hình của ${unitCode}`, year: 2018 }] },
  };
}
