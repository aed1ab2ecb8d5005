/**
 * Reads and checks one workbook file in its own process and prints what happened as JSON; run by
 * limits.test.ts with a capped heap, so that "no huge memory" is enforced by the runtime itself.
 * Prints the time taken both on the wall clock (ms) and in CPU time (cpuMs).
 * Usage: node --max-old-space-size=N tsx readInChild.ts <file>
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { readWorkbook, WorkbookReadError } from "../../src/io";
import { checkWorkbooks } from "../../src/shared/pipeline/checkWorkbooks";
import { corpusCampaigns } from "../corpus/campaigns";
import { SERIAL } from "../corpus/unitValues";

const file = process.argv[2];
const bytes = new Uint8Array(readFileSync(file));
const start = performance.now();
const startCpu = process.cpuUsage();
let out: Record<string, unknown>;
try {
  const wb = readWorkbook(bytes, basename(file));
  const readMs = performance.now() - start;
  const result = checkWorkbooks({
    campaign: corpusCampaigns.embedded,
    workbooks: [wb],
    asOf: SERIAL.asOf,
  });
  const report = result.units[0]?.report;
  out = {
    readMs,
    rows: wb.sheets.map((s) => s.rows.length),
    listRows: report
      ? Object.fromEntries(Object.entries(report.lists).map(([k, v]) => [k, v.length]))
      : {},
    findings: result.findings
      .filter((f) => f.code !== "W_MISSING")
      .map((f) => ({ code: f.code, sheet: f.sheet, cell: f.cell })),
  };
} catch (err) {
  if (!(err instanceof WorkbookReadError)) throw err;
  out = { reason: err.reason, message: err.message };
}
out.ms = performance.now() - start;
// CPU time of every thread of this process: unlike the wall clock, not stretched by other work on
// the machine.
const cpu = process.cpuUsage(startCpu);
out.cpuMs = (cpu.user + cpu.system) / 1000;
out.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(JSON.stringify(out));
