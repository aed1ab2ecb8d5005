import { unzipSync } from "fflate";
import { embeddedCampaign } from "../../shared/campaign/embedded";
import { buildTemplatePlan } from "../../shared/plan/buildTemplatePlan";
import { generateSampleUnits } from "../../shared/samples/generateSampleUnits";
import { writeXlsx } from "../xlsxWriter";

let cached: Uint8Array | undefined;

/** A filled unit workbook as our writer makes it (sample unit CBCS02), built in memory once. */
export function sampleWorkbook(): Uint8Array {
  if (!cached) {
    const s = generateSampleUnits(embeddedCampaign).find((u) => u.unit.code === "CBCS02")!;
    cached = writeXlsx(
      buildTemplatePlan(embeddedCampaign, { unitCode: s.unit.code, filled: s.filled }),
    );
  }
  return cached;
}

/** One part of that workbook, as text. */
export function samplePart(name: string): string {
  return new TextDecoder().decode(unzipSync(sampleWorkbook())[name]);
}
