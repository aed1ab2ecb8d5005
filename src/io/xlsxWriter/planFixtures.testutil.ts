/** Test fixtures for the writer: a blank plan sheet and random plan styles (fast-check). */
import fc from "fast-check";
import type { PlanSheet, PlanStyle } from "../../shared/model";

/**
 * A visible, empty, unprotected sheet, with the given fields changed.
 *
 * @example planSheet({ merges: ["A1:B1"] })
 */
export function planSheet(over: Partial<PlanSheet> = {}): PlanSheet {
  return {
    name: "S",
    state: "visible",
    blocks: [],
    merges: [],
    columnWidths: [],
    validations: [],
    protect: false,
    ...over,
  };
}

/** Any PlanStyle: every field optional, odd sizes and number formats with XML specials. */
export const planStyleArbitrary = fc.record(
  {
    font: fc.record(
      {
        bold: fc.boolean(),
        italic: fc.boolean(),
        size: fc.constantFrom(0, 8, 9, 10.5, 11, 14),
        color: fc.stringMatching(/^#?[0-9a-fA-F]{6}$/),
      },
      { requiredKeys: [] },
    ),
    fill: fc.stringMatching(/^[0-9A-Fa-f]{6}$/),
    numberFormat: fc.constantFrom(
      "",
      "General",
      "0",
      "#,##0",
      "@",
      "0.0%",
      "dd/mm/yyyy",
      '"<&>"0',
      '#,##0 "đ"',
      "<0>&",
    ),
    align: fc.record(
      {
        horizontal: fc.constantFrom("left", "center", "right"),
        vertical: fc.constantFrom("top", "middle", "bottom"),
        wrap: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    border: fc.constant("thin"),
    locked: fc.boolean(),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<PlanStyle>;
