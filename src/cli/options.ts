import { checkAggregations } from "../shared/outline/checkAggregations";
import { readFile } from "node:fs/promises";
import { embeddedCampaign } from "../shared/campaign/embedded";
import { campaignSchema, type Campaign } from "../shared/model";
import { parseDateText } from "../shared/text/parseDateText";
import { serialFromYmd } from "../shared/calendar/serial";

/** A usage or input problem: the CLI prints the message and exits with code 2. */
export class UsageError extends Error {}

/**
 * Parses a date option: ISO "2021-05-06" or Vietnamese "06/5/2021"; undefined gives today.
 *
 * @example parseAsOf("06/05/2021") === 44322
 */
export function parseAsOf(text: string | undefined, today = new Date()): number {
  if (text === undefined)
    return serialFromYmd(today.getFullYear(), today.getMonth() + 1, today.getDate());
  const d = parseDateText(text);
  if (!d)
    throw new UsageError(`Ngày không hợp lệ: "${text}" (dùng dạng 2021-05-06 hoặc 06/05/2021).`);
  return serialFromYmd(d.y, d.m, d.d);
}

/** The campaign: a JSON file validated by the schema, or the embedded one. */
export async function loadCampaign(path: string | undefined): Promise<Campaign> {
  if (!path) return embeddedCampaign;
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, "utf8"));
  } catch (err) {
    throw new UsageError(
      `Không đọc được tệp đợt báo cáo "${path}": ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const parsed = campaignSchema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues
      .slice(0, 10)
      .map((i) => `  - ${i.path.join(".") || "(gốc)"}: ${i.message}`);
    throw new UsageError(`Tệp đợt báo cáo "${path}" không hợp lệ:\n${lines.join("\n")}`);
  }
  // Doubts about the outline do not stop the run, but the office must see them before it signs.
  for (const p of checkAggregations(parsed.data.outline))
    process.stderr.write(`Cảnh báo về đề cương: ${p.vi}\n`);
  return parsed.data;
}

/** Writes JSON to stdout in one piece (machine-readable mode). */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + "\n");
}
