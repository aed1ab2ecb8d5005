import { z } from "zod";
import { idSchema } from "./common";

/** Value types a cell of the outline may hold. `percent` is stored as a fraction (0.955 = 95,5%). */
export const valueTypeSchema = z.enum([
  "integer",
  "decimal",
  "percent",
  "yesno",
  "date",
  "text",
  "choice",
]);
export type ValueType = z.infer<typeof valueTypeSchema>;

/** Aggregations named by a single word. */
export const simpleAggregationSchema = z.enum(["sum", "mean", "min", "max", "countYes", "none"]);
export type SimpleAggregation = z.infer<typeof simpleAggregationSchema>;

/** A ratio recomputed from the summed numerator and denominator indicators (same sheet, column). */
export const ratioAggregationSchema = z.object({
  ratio: z.object({
    numerator: z.string().min(1),
    denominator: z.string().min(1),
  }),
});

/**
 * An average ("bình quân") weighted by another indicator of the same sheet and column:
 * Σ(value × weight) / Σ weight over the units that gave both. Income per worker is weighted by the
 * number of workers, so a consolidated appendix consolidated again one level up keeps the figure
 * (a plain mean of units' means would not).
 */
export const weightedMeanAggregationSchema = z.object({
  weightedMean: z.object({ weight: z.string().min(1) }),
});

/**
 * How an indicator combines across units. `ratio` is recomputed from the summed numerator and
 * denominator indicators, never averaged; `weightedMean` is an average weighted by another
 * indicator; `mean` is the plain mean of units' values, only right for "trung bình các đơn vị".
 */
export const aggregationSchema = z.union([
  simpleAggregationSchema,
  ratioAggregationSchema,
  weightedMeanAggregationSchema,
]);
export type Aggregation = z.infer<typeof aggregationSchema>;

const boundsShape = {
  min: z.number().optional(),
  max: z.number().optional(),
};

/** One row of an indicator table, found in unit workbooks by its code, then by its label. */
export const indicatorSchema = z
  .object({
    /** Stable code as printed in the STT column: `1`, `1.2`, `2.a`. Unique within its sheet. */
    code: z.string().regex(/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/, "mã chỉ tiêu dạng 1, 1.2, 2.a"),
    label: z.string().min(1),
    /** Đơn vị tính, e.g. "Cuộc", "Người", "%". */
    unit: z.string().default(""),
    type: valueTypeSchema,
    choices: z.array(z.string().min(1)).optional(),
    ...boundsShape,
    required: z.boolean().default(true),
    /** Unit type codes this indicator applies to; absent = all types. */
    appliesTo: z.array(idSchema).optional(),
    aggregation: aggregationSchema.default("sum"),
    /** When true, the value must equal the sum of the indicators whose code starts with `code.`. */
    sumOfChildren: z.boolean().default(false),
    /** A heading row with no values of its own (e.g. "I. Quán triệt"). */
    heading: z.boolean().default(false),
  })
  .superRefine((ind, ctx) => {
    if (ind.type === "choice" && !(ind.choices && ind.choices.length > 0)) {
      ctx.addIssue({ code: "custom", message: "chỉ tiêu kiểu choice cần danh sách choices" });
    }
    if (ind.min !== undefined && ind.max !== undefined && ind.min > ind.max) {
      ctx.addIssue({ code: "custom", message: "min lớn hơn max" });
    }
  });
export type Indicator = z.infer<typeof indicatorSchema>;

export const valueColumnSchema = z.object({
  id: idSchema,
  header: z.string().min(1),
});
export type ValueColumn = z.infer<typeof valueColumnSchema>;

/** A typed field of the unit information sheet (one value per field). */
export const infoFieldSchema = z.object({
  /** Well-known ids the core understands: unitCode, unitName, level, unitType, submittedAt. */
  id: idSchema,
  label: z.string().min(1),
  type: valueTypeSchema,
  choices: z.array(z.string().min(1)).optional(),
  ...boundsShape,
  required: z.boolean().default(true),
});
export type InfoField = z.infer<typeof infoFieldSchema>;

export const listColumnSchema = z.object({
  id: idSchema,
  header: z.string().min(1),
  type: valueTypeSchema,
  choices: z.array(z.string().min(1)).optional(),
  ...boundsShape,
  required: z.boolean().default(false),
});
export type ListColumn = z.infer<typeof listColumnSchema>;

const sheetBase = {
  /** Stable id stored in the meta sheet, e.g. `B1`. */
  id: idSchema,
  /** Worksheet tab name (≤ 31 characters, none of `[]:*?/\`). */
  name: z
    .string()
    .min(1)
    .max(31)
    .regex(/^[^[\]:*?/\\]+$/, "tên sheet không được chứa [ ] : * ? / \\"),
  /** Title printed at the top of the sheet; used as an anchor when the tab was renamed. */
  title: z.string().min(1),
};

export const infoSheetSchema = z.object({
  kind: z.literal("info"),
  ...sheetBase,
  fields: z.array(infoFieldSchema).min(1),
});

export const indicatorSheetSchema = z.object({
  kind: z.literal("indicators"),
  ...sheetBase,
  columns: z.array(valueColumnSchema).min(1),
  indicators: z.array(indicatorSchema).min(1),
});

export const listSheetSchema = z.object({
  kind: z.literal("list"),
  ...sheetBase,
  columns: z.array(listColumnSchema).min(1),
  maxRows: z.number().int().positive().default(500),
});

export const outlineSheetSchema = z.discriminatedUnion("kind", [
  infoSheetSchema,
  indicatorSheetSchema,
  listSheetSchema,
]);
export type InfoSheet = z.infer<typeof infoSheetSchema>;
export type IndicatorSheet = z.infer<typeof indicatorSheetSchema>;
export type ListSheet = z.infer<typeof listSheetSchema>;
export type OutlineSheet = z.infer<typeof outlineSheetSchema>;

/**
 * A cross-field rule: a small expression over indicator references, evaluated per value column.
 * `[1.3]` is indicator 1.3 of the rule's sheet, `[B2:1.3]` names another sheet.
 * Example: `[1.3] <= [1.4]`, `[2] = [2.1] + [2.2]`.
 */
export const ruleSchema = z.object({
  id: idSchema,
  sheet: idSchema,
  expr: z.string().min(1),
  message: z.object({ vi: z.string().min(1), en: z.string().optional() }),
  severity: z.enum(["error", "warning"]).default("error"),
});
export type Rule = z.infer<typeof ruleSchema>;

export const outlineSchema = z
  .object({
    id: idSchema,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "phiên bản dạng 1.0.0"),
    title: z.string().min(1),
    sheets: z.array(outlineSheetSchema).min(1),
    rules: z.array(ruleSchema).default([]),
  })
  .superRefine((o, ctx) => {
    const ids = new Set<string>();
    const names = new Set<string>();
    o.sheets.forEach((s, i) => {
      if (ids.has(s.id))
        ctx.addIssue({
          code: "custom",
          path: ["sheets", i, "id"],
          message: `trùng mã sheet ${s.id}`,
        });
      ids.add(s.id);
      const lower = s.name.toLowerCase();
      if (names.has(lower))
        ctx.addIssue({
          code: "custom",
          path: ["sheets", i, "name"],
          message: `trùng tên sheet ${s.name}`,
        });
      names.add(lower);
      if (s.kind === "indicators") {
        const codes = new Set<string>();
        s.indicators.forEach((ind, j) => {
          if (codes.has(ind.code)) {
            ctx.addIssue({
              code: "custom",
              path: ["sheets", i, "indicators", j, "code"],
              message: `trùng mã chỉ tiêu ${ind.code} trong ${s.id}`,
            });
          }
          codes.add(ind.code);
        });
        s.indicators.forEach((ind, j) => {
          const agg = ind.aggregation;
          const refs =
            typeof agg !== "object"
              ? []
              : "ratio" in agg
                ? [agg.ratio.numerator, agg.ratio.denominator]
                : [agg.weightedMean.weight];
          for (const ref of refs) {
            if (!codes.has(ref)) {
              ctx.addIssue({
                code: "custom",
                path: ["sheets", i, "indicators", j, "aggregation"],
                message:
                  typeof agg === "object" && "ratio" in agg
                    ? `tỷ lệ tham chiếu chỉ tiêu không có: ${ref}`
                    : `bình quân gia quyền theo chỉ tiêu không có: ${ref}`,
              });
            }
          }
        });
      }
    });
    o.rules.forEach((r, i) => {
      if (!ids.has(r.sheet))
        ctx.addIssue({
          code: "custom",
          path: ["rules", i, "sheet"],
          message: `quy tắc ${r.id} tham chiếu sheet không có: ${r.sheet}`,
        });
    });
  });
export type Outline = z.infer<typeof outlineSchema>;
export type OutlineInput = z.input<typeof outlineSchema>;
