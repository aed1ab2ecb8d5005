import type { OutlineInput } from "../../../model";

export type SheetInput = OutlineInput["sheets"][number];
export type IndicatorInput = Extract<SheetInput, { kind: "indicators" }>["indicators"][number];

/** The single value column of the sheets that hold one number per indicator. */
export const quantityColumn = [{ id: "SL", header: "Số lượng" }];

/** A count of something: a non-negative integer. */
export function count(
  code: string,
  label: string,
  unit: string,
  extra: Partial<IndicatorInput> = {},
): IndicatorInput {
  return { code, label, unit, type: "integer", min: 0, ...extra };
}

/**
 * A percentage computed by the template from two counts of the same sheet and column, so it is
 * never typed in (not required) and is recomputed, not averaged, when consolidating.
 */
export function ratio(
  code: string,
  label: string,
  numerator: string,
  denominator: string,
  extra: Partial<IndicatorInput> = {},
): IndicatorInput {
  return {
    code,
    label,
    unit: "%",
    type: "percent",
    min: 0,
    max: 1,
    required: false,
    aggregation: { ratio: { numerator, denominator } },
    ...extra,
  };
}

/** A yes/no fact, consolidated as the number of units answering yes. */
export function yesNo(
  code: string,
  label: string,
  extra: Partial<IndicatorInput> = {},
): IndicatorInput {
  return { code, label, unit: "Có/Không", type: "yesno", aggregation: "countYes", ...extra };
}

/** A heading row (parts I, II, …) with no values. */
export function heading(code: string, label: string): IndicatorInput {
  return { code, label, type: "text", heading: true, required: false, aggregation: "none" };
}
