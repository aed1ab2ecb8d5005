import { z } from "zod";
import { idSchema, isoDateSchema } from "./common";
import { outlineSchema } from "./outline";

/**
 * A milestone of a level: a due date ("trước ngày 15/4/2021") or a window ("tháng 3 và tháng 4
 * năm 2021", "Quý II năm 2021"). `asWritten` keeps the plan's own words; `inclusive` says whether
 * the date itself is still on time ("trước ngày X" is read literally: not inclusive).
 */
export const milestoneSchema = z
  .object({
    id: z.enum(["conference", "report"]),
    label: z.string().min(1),
    asWritten: z.string().min(1),
    /** Due date: the first day that is late when not inclusive, the last day on time when inclusive. */
    due: isoDateSchema.optional(),
    window: z.object({ from: isoDateSchema, to: isoDateSchema }).optional(),
    inclusive: z.boolean().default(false),
  })
  .refine(
    (m) => m.due !== undefined || m.window !== undefined,
    "mốc cần ngày hạn (due) hoặc khoảng (window)",
  )
  .refine((m) => !m.window || m.window.from <= m.window.to, "khoảng thời gian: from sau to");
export type Milestone = z.infer<typeof milestoneSchema>;

export const levelSchema = z.object({
  code: idSchema,
  name: z.string().min(1),
  /** Code of the level this one reports to, e.g. CBTT → DBCS. */
  reportsTo: idSchema.optional(),
  milestones: z.array(milestoneSchema).min(1),
});
export type Level = z.infer<typeof levelSchema>;

export const unitTypeSchema = z.object({ code: idSchema, name: z.string().min(1) });
export type UnitType = z.infer<typeof unitTypeSchema>;

export const unitSchema = z.object({
  code: idSchema,
  name: z.string().min(1),
  level: idSchema,
  type: idSchema,
  /** Code of the unit this one reports to (a CBTT's đảng bộ cơ sở). */
  parent: idSchema.optional(),
  /** Member of the Standing Committee in charge (phụ trách). */
  supervisor: z.string().min(1),
});
export type Unit = z.infer<typeof unitSchema>;

export const documentRefSchema = z.object({
  number: z.string().min(1),
  date: isoDateSchema,
  title: z.string().min(1),
});
export type DocumentRef = z.infer<typeof documentRefSchema>;

export const extraHolidaySchema = z.object({ date: isoDateSchema, name: z.string().min(1) });
export type ExtraHoliday = z.infer<typeof extraHolidaySchema>;

/**
 * How the appendix is laid out as a document that gets signed: Party bodies follow Hướng dẫn
 * 36-HD/VPTW (2018), state bodies Nghị định 30/2020/NĐ-CP (Phụ lục I).
 */
export const documentFormSchema = z.object({
  /** "party": heading "ĐẢNG CỘNG SẢN VIỆT NAM"; "state": the national motto. */
  kind: z.enum(["party", "state"]).default("party"),
  /** Issuing body, one line each, upper case: the superior body, then the body itself. */
  issuingBody: z.array(z.string().min(1)).default([]),
  /** The line under "PHỤ LỤC", with blanks for what is known only when the report is signed. */
  reportReference: z.string().default("Kèm theo Báo cáo số      , ngày    tháng    năm"),
  /** Place for the date line on the right ("…, ngày … tháng … năm …"). */
  place: z.string().default(""),
  signature: z
    .object({
      /** "T/M BAN THƯỜNG VỤ", "T/M CHI ỦY", … */
      onBehalf: z.string().default(""),
      /** "BÍ THƯ", "PHÓ BÍ THƯ", … */
      role: z.string().default(""),
      name: z.string().default(""),
    })
    .prefault({}),
});
export type DocumentForm = z.infer<typeof documentFormSchema>;

export const campaignSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1),
    issuer: z.string().min(1),
    /** The plan's own document and the resolutions/directives it reviews. */
    documents: z.array(documentRefSchema).default([]),
    /** Thời gian chốt số liệu, where the campaign has one. */
    cutoffDate: isoDateSchema.optional(),
    unitTypes: z.array(unitTypeSchema).min(1),
    levels: z.array(levelSchema).min(1),
    outline: outlineSchema,
    units: z.array(unitSchema).default([]),
    documentForm: documentFormSchema.prefault({}),
    calendar: z
      .object({
        /** Extra days off declared by the office (in addition to the statutory calendar). */
        extraHolidays: z.array(extraHolidaySchema).default([]),
      })
      .default({ extraHolidays: [] }),
  })
  .superRefine((c, ctx) => {
    const levels = new Set(c.levels.map((l) => l.code));
    const types = new Set(c.unitTypes.map((t) => t.code));
    const codes = new Set<string>();
    c.levels.forEach((l, i) => {
      if (l.reportsTo && !levels.has(l.reportsTo)) {
        ctx.addIssue({
          code: "custom",
          path: ["levels", i, "reportsTo"],
          message: `cấp không có: ${l.reportsTo}`,
        });
      }
    });
    c.units.forEach((u, i) => {
      if (codes.has(u.code))
        ctx.addIssue({
          code: "custom",
          path: ["units", i, "code"],
          message: `trùng mã đơn vị ${u.code}`,
        });
      codes.add(u.code);
      if (!levels.has(u.level))
        ctx.addIssue({
          code: "custom",
          path: ["units", i, "level"],
          message: `đơn vị ${u.code}: cấp không có ${u.level}`,
        });
      if (!types.has(u.type))
        ctx.addIssue({
          code: "custom",
          path: ["units", i, "type"],
          message: `đơn vị ${u.code}: loại hình không có ${u.type}`,
        });
    });
    c.units.forEach((u, i) => {
      if (u.parent && !codes.has(u.parent)) {
        ctx.addIssue({
          code: "custom",
          path: ["units", i, "parent"],
          message: `đơn vị ${u.code}: đơn vị cấp trên không có ${u.parent}`,
        });
      }
    });
    c.outline.sheets.forEach((s, i) => {
      if (s.kind !== "indicators") return;
      s.indicators.forEach((ind, j) => {
        for (const t of ind.appliesTo ?? []) {
          if (!types.has(t)) {
            ctx.addIssue({
              code: "custom",
              path: ["outline", "sheets", i, "indicators", j, "appliesTo"],
              message: `loại hình không có: ${t}`,
            });
          }
        }
      });
    });
  });
export type Campaign = z.infer<typeof campaignSchema>;
export type CampaignInput = z.input<typeof campaignSchema>;
