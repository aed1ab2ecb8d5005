import type { Command } from "commander";
import { formatFinding } from "../../shared/findings/makeFinding";
import { checkWorkbooks } from "../../shared/pipeline/checkWorkbooks";
import { loadCampaign, parseAsOf, printJson } from "../options";
import { readUnitFiles } from "../readUnitFiles";

/** `phuluc validate <files…>`: checks unit workbooks and lists every finding by unit, sheet, cell. */
export function registerValidateCommand(program: Command): void {
  program
    .command("validate")
    .description("Kiểm tra các tệp phụ lục của đơn vị")
    .argument("<files...>", "tệp hoặc thư mục")
    .option("--as-of <date>", "ngày tính thời hạn (mặc định: hôm nay)")
    .option("-c, --campaign <file>", "tệp JSON mô tả đợt báo cáo")
    .option("--json", "in kết quả dạng JSON")
    .option("--lang <lang>", "ngôn ngữ thông báo: vi hoặc en", "vi")
    .action(
      async (
        paths: string[],
        opts: { asOf?: string; campaign?: string; json?: boolean; lang: string },
      ) => {
        const campaign = await loadCampaign(opts.campaign);
        const asOf = parseAsOf(opts.asOf);
        const { files, reads, unreadable } = await readUnitFiles(paths, campaign, !opts.json);
        const result = checkWorkbooks({ campaign, reads, unreadable, asOf });
        const received = new Set(result.units.map((u) => u.unit.code));
        // Validating a few files is not a consolidation: units that sent nothing are not findings here.
        const findings = result.findings.filter(
          (f) => f.code !== "W_MISSING" || received.has(f.unit),
        );
        const errors = findings.filter((f) => f.severity === "error").length;
        if (opts.json) {
          printJson({
            files: files.length,
            errors,
            warnings: findings.filter((f) => f.severity === "warning").length,
            findings,
          });
        } else {
          const lang = opts.lang === "en" ? "en" : "vi";
          for (const f of findings)
            process.stdout.write(
              `${f.severity === "error" ? "✗" : f.severity === "warning" ? "!" : "·"} ${formatFinding(f, lang)}\n`,
            );
          process.stdout.write(
            `\n${files.length} tệp, ${errors} lỗi, ${findings.length - errors} cảnh báo/thông tin.\n`,
          );
        }
        process.exitCode = errors > 0 ? 1 : 0;
      },
    );
}
