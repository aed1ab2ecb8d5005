import { execFileSync } from "node:child_process";
import { loadReports } from "../src/cli/loadReports";
import { embeddedCampaign } from "../src/shared/campaign/embedded";
import { scaleCampaign } from "../test/fixtures/scaleCampaign";
import { median } from "./consolidation";

const FLAG = "--cold-read";

/**
 * The CLI reading `files` (files → reports, helper thread included) as a user runs it: once, in a
 * fresh Node process, with nothing compiled yet — the fair match for the pane, which is measured
 * on a fresh page. The median of `runs` processes (ms).
 */
export function coldReadMs(files: string[], units: number, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, [__filename, FLAG, String(units), ...files], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    times.push(Number(out.trim()));
  }
  return median(times);
}

/** In the child process: reads the files once and prints the milliseconds it took. */
export async function runColdReadIfAsked(argv: string[]): Promise<boolean> {
  const at = argv.indexOf(FLAG);
  if (at < 0) return false;
  const campaign = scaleCampaign(embeddedCampaign, Number(argv[at + 1]));
  const files = argv.slice(at + 2);
  const start = performance.now();
  await loadReports(files, campaign);
  process.stdout.write(`${Math.round(performance.now() - start)}\n`);
  return true;
}
