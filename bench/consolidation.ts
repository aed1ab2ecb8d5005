import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { writePlan } from "../src/io";
import { consolidateFiles } from "../src/cli/commands/consolidate";
import { loadReports } from "../src/cli/loadReports";
import { deflateOnHelper } from "../src/cli/helperThread";
import { xlsxEntries } from "../src/io/xlsxWriter";
import { serialFromIso } from "../src/shared/calendar/serial";
import { runConsolidation } from "../src/shared/pipeline/runConsolidation";
import { embeddedCampaign } from "../src/shared/campaign/embedded";
import { scaleCampaign } from "../test/fixtures/scaleCampaign";
import { prepareUnits } from "../test/fixtures/unitFiles";

export interface ConsolidationFigures {
  units: number;
  /** `phuluc consolidate` in process: read + validate + consolidate + write to disk. */
  oursMs: number;
  /** Unzip + parse every cell (reference, type, value, shared strings) with a minimal XML scan. */
  baselineMs: number;
  /** ours / baseline, the median of each round's ratio: the quality bar (≤ 2). */
  ratio: number;
  /** The lowest and highest round's ratio. */
  ratioRange: [number, number];
  /** Timed rounds of each side. */
  rounds: number;
  /** Unzip + only count the cells: the least any .xlsx reader does. */
  countBaselineMs: number;
  countRatio: number;
  filesPerSecond: number;
  /** Largest resident set of the bench process so far (an upper bound for the run). */
  peakMB: number;
  outputBytes: number;
  /**
   * Where ours spends its time, from more runs phase by phase (same code, same files; medians):
   * writing is XML and zip overlapped, as the CLI does it; XML alone is timed apart.
   */
  phases: {
    readMs: number;
    checkAndConsolidateMs: number;
    writeMs: number;
    xmlAloneMs: number;
    /** Reading on the main thread alone, without the helper thread. */
    readAloneMs: number;
  };
}

export { prepareUnits };

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

/**
 * Ours: `phuluc consolidate <files> -o out.xlsx` in process — read the files, validate,
 * consolidate, write the output workbook to disk.
 */
export async function ours(n: number, files: string[], out: string): Promise<number> {
  const campaign = scaleCampaign(embeddedCampaign, n);
  await consolidateFiles(files, { out, asOf: "2021-05-06", json: true }, campaign);
  return statSync(out).size;
}

/**
 * Untimed rounds of every side first, so that each runs compiled code on a grown heap: a process's
 * first seconds of work run up to 1.5× slower while V8 tiers the code up, so the warm-up lasts
 * WARMUP_MS (at least two rounds), however few files a round reads. Then timed rounds,
 * interleaved: at least MIN_ROUNDS, and enough to last TIMED_MS.
 */
const WARMUP_MS = 3000;
const TIMED_MS = 5000;
const MIN_ROUNDS = 7;

export async function benchConsolidation(
  n: number,
  workDir: string,
): Promise<ConsolidationFigures> {
  const files = await prepareUnits(n, join(workDir, `units-${n}`));
  const out = join(workDir, `tong-hop-${n}.xlsx`);
  const warmup = performance.now();
  let roundMs = 0;
  for (let round = 1; round <= 2 || performance.now() - warmup < WARMUP_MS; round++) {
    baseline(files);
    parseBaseline(files);
    await ours(n, files, out);
    roundMs = (performance.now() - warmup) / round;
  }
  const rounds = Math.max(MIN_ROUNDS, Math.ceil(TIMED_MS / roundMs));
  const times = { ours: [] as number[], parse: [] as number[], count: [] as number[] };
  const ratios = { parse: [] as number[], count: [] as number[] };
  let outputBytes = 0;
  for (let round = 0; round < rounds; round++) {
    let t = performance.now();
    parseBaseline(files);
    const parse = performance.now() - t;
    t = performance.now();
    baseline(files);
    const count = performance.now() - t;
    t = performance.now();
    outputBytes = await ours(n, files, out);
    const mine = performance.now() - t;
    times.ours.push(mine);
    times.parse.push(parse);
    times.count.push(count);
    // Each round's ratio is of runs a second apart: the machine's speed drifts less within a
    // round than across rounds, so the median of the ratios is steadier than a ratio of medians.
    ratios.parse.push(mine / parse);
    ratios.count.push(mine / count);
  }
  // The phases of three more runs, each the median: one run's phases are as noisy as one round.
  const phaseRuns: Array<ConsolidationFigures["phases"]> = [];
  for (let run = 0; run < 3; run++) phaseRuns.push(await phasesOf(n, files));
  const phases = Object.fromEntries(
    Object.keys(phaseRuns[0]).map((k) => {
      const key = k as keyof ConsolidationFigures["phases"];
      return [key, median(phaseRuns.map((p) => p[key]))];
    }),
  ) as ConsolidationFigures["phases"];
  const oursMs = median(times.ours);
  const round2 = (x: number) => Math.round(x * 100) / 100;
  return {
    units: n,
    oursMs: Math.round(oursMs),
    baselineMs: Math.round(median(times.parse)),
    ratio: round2(median(ratios.parse)),
    ratioRange: [round2(Math.min(...ratios.parse)), round2(Math.max(...ratios.parse))],
    rounds,
    countBaselineMs: Math.round(median(times.count)),
    countRatio: round2(median(ratios.count)),
    filesPerSecond: Math.round((n / oursMs) * 1000),
    peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
    outputBytes,
    phases,
  };
}

/** One run of ours cut into its phases: reading (files → reports), checks and consolidation, writing. */
async function phasesOf(n: number, files: string[]): Promise<ConsolidationFigures["phases"]> {
  const campaign = scaleCampaign(embeddedCampaign, n);
  let t = performance.now();
  const { reads, unreadable } = await loadReports(files, campaign);
  const readMs = performance.now() - t;
  t = performance.now();
  const { plan } = runConsolidation({
    campaign,
    reads,
    unreadable,
    asOf: serialFromIso("2021-05-06"),
  });
  const checkAndConsolidateMs = performance.now() - t;
  t = performance.now();
  await writePlan(plan, deflateOnHelper());
  const writeMs = performance.now() - t;
  t = performance.now();
  xlsxEntries(plan);
  const xmlAloneMs = performance.now() - t;
  // Reading again on the main thread alone, to show what the helper thread saves.
  t = performance.now();
  await loadReports(files, campaign, undefined, { helper: null });
  const readAloneMs = Math.round(performance.now() - t);
  return {
    readMs: Math.round(readMs),
    checkAndConsolidateMs: Math.round(checkAndConsolidateMs),
    writeMs: Math.round(writeMs),
    xmlAloneMs: Math.round(xmlAloneMs),
    readAloneMs,
  };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}
