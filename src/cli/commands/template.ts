import type { Command } from "commander";
import { writeFile } from "node:fs/promises";
import { buildTemplatePlan } from "../../shared/plan/buildTemplatePlan";
import { writePlan } from "../../io/writePlan";
import { loadCampaign, printJson } from "../options";

/** `phuluc template [-o file] [--unit CODE]`: writes the unit template of the campaign. */
export function registerTemplateCommand(program: Command): void {
  program
    .command("template")
    .description("Tạo mẫu phụ lục gửi các đơn vị")
    .option("-o, --out <file>", "tệp .xlsx ghi ra", "mau-phu-luc.xlsx")
    .option("-u, --unit <code>", "mẫu riêng cho một đơn vị (điền sẵn thông tin đơn vị)")
    .option("-c, --campaign <file>", "tệp JSON mô tả đợt báo cáo (mặc định: đợt có sẵn)")
    .option("--json", "in kết quả dạng JSON")
    .action(async (opts: { out: string; unit?: string; campaign?: string; json?: boolean }) => {
      const campaign = await loadCampaign(opts.campaign);
      const plan = buildTemplatePlan(campaign, { unitCode: opts.unit });
      const bytes = await writePlan(plan);
      await writeFile(opts.out, bytes);
      const sheets = plan.sheets.filter((s) => s.state === "visible").map((s) => s.name);
      if (opts.json)
        printJson({
          template: {
            file: opts.out,
            bytes: bytes.length,
            sheets,
            outline: campaign.outline.id,
            version: campaign.outline.version,
          },
        });
      else
        process.stdout.write(
          `Đã tạo mẫu phụ lục: ${opts.out} (${sheets.length} biểu: ${sheets.join(", ")})\n`,
        );
    });
}
