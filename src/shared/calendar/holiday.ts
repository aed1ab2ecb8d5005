import { z } from "zod";
import { isoDateSchema } from "../model/common";

/**
 * A day off: statutory (Labour Code art. 112), compensatory for a statutory day on a weekend
 * (art. 111.3), swapped (a weekday off for a Saturday worked, by the yearly decision) or extra
 * (declared by the user's office).
 */
export const holidaySchema = z.object({
  date: isoDateSchema,
  serial: z.number().int(),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  kind: z.enum(["statutory", "compensatory", "swap", "extra"]),
});
export type Holiday = z.infer<typeof holidaySchema>;
