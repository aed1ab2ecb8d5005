import type { Command } from "commander";
import { writeFile } from "node:fs/promises";
import { writePlan } from "../../io/writePlan";
import { runConsolidation, type ConsolidationRun } from "../../shared/pipeline/runConsolidation";
import type { Campaign } from "../../shared/model";
import { deflateOnHelper } from "../helperThread";
import { expandPaths, loadReports } from "../loadReports";
import { loadCampaign, parseAsOf, printJson, UsageError } from "../options";
import { printSummary } from "../printSummary";
import { ProgressBar } from "../progressBar";

export interface ConsolidateOptions {
  out: string;
  asOf?: string;
  campaign?: string;
  json?: boolean;
  excludeErrors?: boolean;
  forUnit?: string;
}

/** Reads, checks and consolidates the files, writes the output workbook; returns the run. */
export async function consolidateFiles(
  paths: string[],
  opts: ConsolidateOptions,
  campaignOverride?: Campaign,
): Promise<{ campaign: Campaign; run: ConsolidationRun }> {
  const { campaign, run } = await runFiles(paths, opts, campaignOverride);
  try {
    await writeFile(opts.out, await writePlan(run.plan, deflateOnHelper()));
  } catch (err) {
    throw new UsageError(
      `Không ghi được tệp "${opts.out}": ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  return { campaign, run };
}

/** Reads, checks and consolidates the files (nothing written): the run every command builds on. */
export async function runFiles(
  paths: string[],
  opts: Omit<ConsolidateOptions, "out">,
  campaignOverride?: Campaign,
): Promise<{ campaign: Campaign; run: ConsolidationRun; asOf: number }> {
  const campaign = campaignOverride ?? (await loadCampaign(opts.campaign));
  const asOf = parseAsOf(opts.asOf);
  const files = expandPaths(paths);
  if (files.length === 0) throw new UsageError("Không có tệp nào để tổng hợp.");
  const bar = new ProgressBar("Đọc tệp", !opts.json);
  const { reads, unreadable } = await loadReports(files, campaign, (d, t) => bar.update(d, t));
  const run = runConsolidation({
    campaign,
    reads,
    unreadable,
    asOf,
    excludeUnitsWithErrors: opts.excludeErrors,
    forUnit: opts.forUnit,
  });
  return { campaign, run, asOf };
}

/** The JSON printed by --json: summary, progress and findings, no workbook internals. */
export function runAsJson(run: ConsolidationRun, out: string): unknown {
  return {
    output: out,
    summary: run.summary,
    progress: run.progress.map((p) => ({
      unit: p.unit.code,
      name: p.unit.name,
      level: p.unit.level,
      type: p.unit.type,
      supervisor: p.unit.supervisor,
      file: p.file ?? null,
      due: p.due ?? null,
      submitted: p.submitted ?? null,
      status: p.status.kind,
      statusText: p.statusText,
      completion: p.completion,
      errors: p.errors,
      warnings: p.warnings,
      included: p.included,
    })),
    totals: run.consolidation.totals,
    findings: run.findings,
  };
}

/** `phuluc consolidate <files or folder> -o out.xlsx`. */
export function registerConsolidateCommand(program: Command): void {
  program
    .command("consolidate")
    .description("Kiểm tra và tổng hợp phụ lục của các đơn vị vào một tệp")
    .argument("<paths...>", "tệp hoặc thư mục chứa tệp của các đơn vị")
    .requiredOption("-o, --out <file>", "tệp .xlsx tổng hợp ghi ra")
    .option("--as-of <date>", "ngày tính thời hạn (mặc định: hôm nay)")
    .option("-c, --campaign <file>", "tệp JSON mô tả đợt báo cáo")
    .option("--exclude-errors", "không đưa đơn vị có lỗi vào tổng hợp")
    .option(
      "--for-unit <code>",
      "tổng hợp cho một đơn vị cấp trên (ví dụ đảng bộ cơ sở tổng hợp các chi bộ trực thuộc)",
    )
    .option("--json", "in kết quả dạng JSON")
    .action(async (paths: string[], opts: ConsolidateOptions) => {
      const { campaign, run } = await consolidateFiles(paths, opts);
      if (opts.json) printJson(runAsJson(run, opts.out));
      else printSummary(campaign, run, opts.out);
      process.exitCode = run.summary.errors > 0 ? 1 : 0;
    });
}
