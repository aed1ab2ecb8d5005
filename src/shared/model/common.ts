import { z } from "zod";

/** A calendar date written `YYYY-MM-DD` (no time, no zone): how the core passes dates around. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "phải là ngày dạng YYYY-MM-DD")
  .refine((s) => {
    const [y, m, d] = s.split("-").map(Number);
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, "không phải ngày có thật");
export type IsoDate = z.infer<typeof isoDateSchema>;

/** Text shown to users, Vietnamese first; English falls back to Vietnamese when absent. */
export const localizedTextSchema = z.object({ vi: z.string().min(1), en: z.string().optional() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Short stable identifiers used in codes, sheet ids and rule references. */
export const idSchema = z.string().regex(/^[A-Za-z0-9_.-]+$/, "chỉ gồm chữ không dấu, số, _ . -");
