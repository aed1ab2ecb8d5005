import { z } from "zod";

/** A date of the Vietnamese lunar calendar; `year` is the Gregorian number of the lunar year. */
export const lunarDateSchema = z.object({
  day: z.number().int().min(1).max(30),
  month: z.number().int().min(1).max(12),
  year: z.number().int(),
  leap: z.boolean(),
});
export type LunarDate = z.infer<typeof lunarDateSchema>;
