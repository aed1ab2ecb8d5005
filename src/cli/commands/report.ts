import type { Command } from "commander";
import { writeFile } from "node:fs/promises";
import { writeDocx } from "../../io/docx/writeDocx";
import { conferenceCalendar } from "../../shared/report/conferenceCalendar";
import { draftReport } from "../../shared/report/draftReport";
import { exemplaryUnits } from "../../shared/report/exemplaryUnits";
import { reportDocument } from "../../shared/report/reportDocument";
import { printJson, UsageError } from "../options";
import { runFiles, type ConsolidateOptions } from "./consolidate";

/** `phuluc report <files or folder> -o bao-cao.docx`: the Báo cáo sơ kết drafted as a Word file. */
export function registerReportCommand(program: Command): void {
  program
    .command("report")
    .description("Soạn dự thảo báo cáo (tệp Word) với số liệu tổng hợp từ phụ lục của các đơn vị")
    .argument("<paths...>", "tệp hoặc thư mục chứa tệp của các đơn vị")
    .requiredOption("-o, --out <file>", "tệp .docx ghi ra")
    .option("--as-of <date>", "ngày chốt số liệu (mặc định: hôm nay)")
    .option("-c, --campaign <file>", "tệp JSON mô tả đợt báo cáo")
    .option("--exclude-errors", "không đưa đơn vị có lỗi vào số liệu")
    .option("--for-unit <code>", "soạn cho một đơn vị cấp trên (ví dụ đảng bộ cơ sở)")
    .option("--json", "in dạng JSON các câu đã soạn, đơn vị tiêu biểu và lịch hội nghị")
    .action(async (paths: string[], opts: ConsolidateOptions) => {
      const { campaign, run, asOf } = await runFiles(paths, opts);
      const draft = draftReport(campaign, run.consolidation, run.progress, asOf);
      try {
        await writeFile(opts.out, writeDocx(reportDocument(campaign, draft)));
      } catch (err) {
        throw new UsageError(
          `Không ghi được tệp "${opts.out}": ${err instanceof Error ? err.message : String(err)}`,
        );
      }
      if (opts.json)
        printJson({
          output: opts.out,
          draft,
          exemplary: exemplaryUnits(campaign, run.consolidation),
          calendar: conferenceCalendar(
            campaign,
            run.progress.map((p) => p.unit),
            run.reports,
            asOf,
          ),
        });
      else {
        const count = draft.coverage.length + draft.parts.reduce((n, p) => n + p.figures.length, 0);
        process.stdout.write(`Đã soạn ${count} câu số liệu vào dự thảo báo cáo: ${opts.out}\n`);
      }
      process.exitCode = run.summary.errors > 0 ? 1 : 0;
    });
}
