import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";

/** The parts of a unit workbook our writer made (samples/generated), as text. */
export function samplePart(name: string): string {
  const bytes = readFileSync(join(__dirname, "../../../samples/generated/CBCS02_phu-luc.xlsx"));
  return new TextDecoder().decode(unzipSync(new Uint8Array(bytes))[name]);
}
