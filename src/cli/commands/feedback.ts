import type { Command } from "commander";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { writePlan } from "../../io/writePlan";
import { dmyFromSerial } from "../../shared/calendar/serial";
import { defaultAsOf } from "../../shared/deadline/defaultAsOf";
import { buildFeedbackPlan } from "../../shared/feedback/buildFeedbackPlan";
import { feedbackFileName, feedbackUnits } from "../../shared/feedback/feedbackUnits";
import { checkWorkbooks } from "../../shared/pipeline/checkWorkbooks";
import { loadCampaign, parseAsOf, printJson } from "../options";
import { readUnitFiles } from "../readUnitFiles";

/**
 * `phuluc feedback <files…> -o <dir>`: checks the unit workbooks and writes, for every unit with
 * errors or points to review, one printable workbook listing them (cell, value found, what is
 * expected), ready to send back. Units without such findings get no file.
 */
export function registerFeedbackCommand(program: Command): void {
  program
    .command("feedback")
    .description("Viết phiếu phản hồi kết quả kiểm tra cho từng đơn vị có lỗi")
    .argument("<files...>", "tệp hoặc thư mục")
    .requiredOption("-o, --out <dir>", "thư mục ghi các phiếu phản hồi")
    .option(
      "--as-of <date>",
      "số liệu tính đến ngày (mặc định: hôm nay, hoặc ngày kết thúc đợt đã qua)",
    )
    .option("-c, --campaign <file>", "tệp JSON mô tả đợt báo cáo")
    .option("--json", "in kết quả dạng JSON")
    .action(
      async (
        paths: string[],
        opts: { out: string; asOf?: string; campaign?: string; json?: boolean },
      ) => {
        const campaign = await loadCampaign(opts.campaign);
        const asOf = opts.asOf ? parseAsOf(opts.asOf) : defaultAsOf(campaign, parseAsOf(undefined));
        const { files, reads, unreadable } = await readUnitFiles(paths, campaign, !opts.json);
        const result = checkWorkbooks({ campaign, reads, unreadable, asOf });
        const units = feedbackUnits(result.findings, campaign);
        await mkdir(opts.out, { recursive: true });
        const written: Array<{ unit: string; file: string; errors: number; warnings: number }> = [];
        const taken = new Set<string>();
        for (const feedback of units) {
          let name = feedbackFileName(feedback.unit);
          for (let k = 2; taken.has(name.toLowerCase()); k++)
            name = feedbackFileName(`${feedback.unit}-${k}`);
          taken.add(name.toLowerCase());
          await writeFile(
            join(opts.out, name),
            await writePlan(buildFeedbackPlan({ campaign, feedback, asOf })),
          );
          const errors = feedback.findings.filter((f) => f.severity === "error").length;
          written.push({
            unit: feedback.unit,
            file: name,
            errors,
            warnings: feedback.findings.length - errors,
          });
        }
        const withFeedback = new Set(written.map((w) => w.unit));
        const clean = result.units.filter((u) => !withFeedback.has(u.unit.code)).length;
        if (opts.json) {
          printJson({ asOf: dmyFromSerial(asOf), files: files.length, feedback: written, clean });
        } else {
          for (const w of written)
            process.stdout.write(
              `${w.file}: ${w.unit} — ${w.errors} lỗi, ${w.warnings} điểm cần xem lại\n`,
            );
          process.stdout.write(
            `\nSố liệu tính đến ngày ${dmyFromSerial(asOf)}: ${written.length} phiếu phản hồi ghi vào ${opts.out}; ${clean} đơn vị không có lỗi, không cần phiếu.\n`,
          );
        }
        process.exitCode = written.some((w) => w.errors > 0) ? 1 : 0;
      },
    );
}
