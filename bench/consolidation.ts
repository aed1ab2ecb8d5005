import { readFileSync, readdirSync, mkdirSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { readWorkbook, writePlan } from "../src/io";
import { embeddedCampaign } from "../src/shared/campaign/embedded";
import { buildTemplatePlan } from "../src/shared/plan/buildTemplatePlan";
import { runConsolidation } from "../src/shared/pipeline/runConsolidation";
import { generateSampleUnits } from "../src/shared/samples/generateSampleUnits";
import { scaleCampaign } from "../src/shared/samples/scaleCampaign";
import { serialFromIso } from "../src/shared/calendar/serial";

export interface ConsolidationFigures {
  units: number;
  oursMs: number;
  /** Unzip + count the cells of every worksheet: the least any .xlsx reader does. */
  baselineMs: number;
  ratio: number;
  /** Unzip + parse every cell (reference, type, value, shared strings) with a minimal XML scan. */
  parseBaselineMs: number;
  parseRatio: number;
  filesPerSecond: number;
  peakMB: number;
  outputBytes: number;
}

/** Writes n generated unit workbooks into dir (not timed); reuses them when already there. */
export async function prepareUnits(n: number, dir: string): Promise<string[]> {
  const campaign = scaleCampaign(embeddedCampaign, n);
  const samples = generateSampleUnits(campaign, { missingRate: 0, seed: 7 });
  if (!existsSync(dir) || readdirSync(dir).length !== samples.length) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const s of samples) {
      const plan = buildTemplatePlan(campaign, { unitCode: s.unit.code, filled: s.filled });
      writeFileSync(join(dir, s.fileName), await writePlan(plan));
    }
  }
  return readdirSync(dir)
    .sort()
    .map((f) => join(dir, f));
}

/**
 * The baseline: only unzip each file and scan its worksheets' XML for cells — the least any
 * reader of .xlsx must do.
 */
export function baseline(files: string[]): number {
  const decoder = new TextDecoder();
  let cells = 0;
  for (const file of files) {
    const entries = unzipSync(new Uint8Array(readFileSync(file)), {
      filter: (f) => f.name.startsWith("xl/worksheets/") || f.name === "xl/sharedStrings.xml",
    });
    for (const name of Object.keys(entries)) {
      const xml = decoder.decode(entries[name]);
      for (let i = xml.indexOf("<c "); i !== -1; i = xml.indexOf("<c ", i + 3)) cells++;
    }
  }
  return cells;
}

const CELL =
  /<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(?:<f>[^<]*<\/f>)?(?:<v>([^<]*)<\/v>)?(?:<is><t[^>]*>([^<]*)<\/t><\/is>)?<\/c>)/g;
const SHARED = /<si>(?:<t[^>]*>([^<]*)<\/t>|<r>.*?<\/r>)<\/si>/g;

/** The fairer baseline: unzip, then turn every cell into (address, value) with shared strings. */
export function parseBaseline(files: string[]): number {
  const decoder = new TextDecoder();
  let cells = 0;
  for (const file of files) {
    const entries = unzipSync(new Uint8Array(readFileSync(file)), {
      filter: (f) => f.name.startsWith("xl/worksheets/") || f.name === "xl/sharedStrings.xml",
    });
    const shared: string[] = [];
    const sst = entries["xl/sharedStrings.xml"];
    if (sst) for (const m of decoder.decode(sst).matchAll(SHARED)) shared.push(m[1] ?? "");
    for (const name of Object.keys(entries)) {
      if (!name.endsWith(".xml") || name.includes("_rels")) continue;
      const grid = new Map<string, string | number>();
      for (const m of decoder.decode(entries[name]).matchAll(CELL)) {
        const v = m[3];
        if (v === undefined && m[4] === undefined) continue;
        grid.set(m[1], m[2].includes('t="s"') ? shared[Number(v)] : (m[4] ?? Number(v)));
        cells++;
      }
    }
  }
  return cells;
}

/** Ours: read, validate, consolidate and write the output workbook, as `phuluc consolidate` does. */
export async function ours(n: number, files: string[]): Promise<number> {
  const campaign = scaleCampaign(embeddedCampaign, n);
  const workbooks = files.map((f) => readWorkbook(new Uint8Array(readFileSync(f)), f));
  const run = runConsolidation({ campaign, workbooks, asOf: serialFromIso("2021-05-06") });
  const bytes = await writePlan(run.plan);
  return bytes.length;
}

export async function benchConsolidation(
  n: number,
  workDir: string,
): Promise<ConsolidationFigures> {
  const files = await prepareUnits(n, join(workDir, `units-${n}`));
  // Warm-up on a few files so both sides run compiled code.
  baseline(files.slice(0, 5));
  parseBaseline(files.slice(0, 5));
  await ours(Math.min(n, 5), files.slice(0, 5));
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const tp = performance.now();
  parseBaseline(files);
  const t0 = performance.now();
  baseline(files);
  const t1 = performance.now();
  const outputBytes = await ours(n, files);
  const t2 = performance.now();
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const baselineMs = t1 - t0;
  const parseBaselineMs = t0 - tp;
  const oursMs = t2 - t1;
  return {
    units: n,
    oursMs: Math.round(oursMs),
    baselineMs: Math.round(baselineMs),
    ratio: Math.round((oursMs / baselineMs) * 100) / 100,
    parseBaselineMs: Math.round(parseBaselineMs),
    parseRatio: Math.round((oursMs / parseBaselineMs) * 100) / 100,
    filesPerSecond: Math.round((n / oursMs) * 1000),
    peakMB: Math.round(peak / 1048576),
    outputBytes,
  };
}
