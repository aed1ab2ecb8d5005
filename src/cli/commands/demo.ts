import type { Command } from "commander";
import { existsSync } from "node:fs";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { writePlan } from "../../io/writePlan";
import { embeddedCampaign } from "../../shared/campaign/embedded";
import { buildTemplatePlan } from "../../shared/plan/buildTemplatePlan";
import { generateSampleUnits } from "../../shared/samples/generateSampleUnits";
import { printJson } from "../options";
import { printSummary } from "../printSummary";
import { consolidateFiles, runAsJson } from "./consolidate";

/** Where the sample units live: generated ones (git-ignored) and ones saved by LibreOffice (committed). */
export const SAMPLE_DIRS = {
  generated: join("samples", "generated"),
  libreoffice: join("samples", "libreoffice"),
};

/** The day after the report deadline of the embedded campaign: statuses are meaningful then. */
export const DEMO_AS_OF = "2021-05-06";

/**
 * Writes the generated sample unit workbooks if absent. Units that have a committed
 * LibreOffice-saved file are not generated again, so no unit is sent twice.
 */
export async function ensureSampleUnits(
  dir = SAMPLE_DIRS.generated,
  libreofficeDir = SAMPLE_DIRS.libreoffice,
): Promise<number> {
  const committed = existsSync(libreofficeDir) ? await readdir(libreofficeDir) : [];
  const taken = new Set(committed.map((n) => n.split(/[_.\s-]/)[0].toUpperCase()));
  const samples = generateSampleUnits(embeddedCampaign).filter(
    (s) => !taken.has(s.unit.code.toUpperCase()),
  );
  await mkdir(dir, { recursive: true });
  const present = new Set(await readdir(dir));
  let written = 0;
  for (const s of samples) {
    if (present.has(s.fileName)) continue;
    const plan = buildTemplatePlan(embeddedCampaign, { unitCode: s.unit.code, filled: s.filled });
    await writeFile(join(dir, s.fileName), await writePlan(plan));
    written++;
  }
  return written;
}

/** `phuluc demo`: generate the sample units if needed, consolidate them, print a summary. */
export function registerDemoCommand(program: Command): void {
  program
    .command("demo")
    .description("Chạy thử: tổng hợp các đơn vị mẫu của đợt báo cáo có sẵn")
    .option("-o, --out <file>", "tệp tổng hợp ghi ra", join("out", "tong-hop-demo.xlsx"))
    .option("--json", "in kết quả dạng JSON")
    .action(async (opts: { out: string; json?: boolean }) => {
      const written = await ensureSampleUnits();
      if (!opts.json && written > 0)
        process.stdout.write(`Đã tạo ${written} tệp đơn vị mẫu trong ${SAMPLE_DIRS.generated}\n`);
      await mkdir(join(opts.out, ".."), { recursive: true });
      const dirs = [
        SAMPLE_DIRS.generated,
        ...(existsSync(SAMPLE_DIRS.libreoffice) ? [SAMPLE_DIRS.libreoffice] : []),
      ];
      const { campaign, run } = await consolidateFiles(
        dirs,
        { out: opts.out, asOf: DEMO_AS_OF, json: opts.json },
        embeddedCampaign,
      );
      if (opts.json) printJson(runAsJson(run, opts.out));
      else printSummary(campaign, run, opts.out);
      // The sample units contain deliberate mistakes: the demo itself succeeded.
      process.exitCode = 0;
    });
}
