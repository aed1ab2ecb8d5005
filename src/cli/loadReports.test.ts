import { buildSync } from "esbuild";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writePlan } from "../io";
import { embeddedCampaign } from "../shared/campaign/embedded";
import { buildTemplatePlan } from "../shared/plan/buildTemplatePlan";
import { generateSampleUnits } from "../shared/samples/generateSampleUnits";
import { loadReports } from "./loadReports";

const CORPUS = join(__dirname, "..", "..", "test", "corpus", "files");

describe("loadReports", () => {
  let dir: string;
  let files: string[];
  let workerScript: string;

  beforeAll(async () => {
    // Inside the project, so the bundled worker finds node_modules as the built CLI does.
    const scratch = join(__dirname, "..", "..", ".tmp");
    mkdirSync(scratch, { recursive: true });
    dir = mkdtempSync(join(scratch, "load-reports-"));
    // The worker as the CLI ships it: bundled, packages external.
    workerScript = join(dir, "readWorker.cjs");
    buildSync({
      entryPoints: [join(__dirname, "readWorker.ts")],
      outfile: workerScript,
      bundle: true,
      platform: "node",
      format: "cjs",
      packages: "external",
      logLevel: "error",
    });
    const units = join(dir, "units");
    rmSync(units, { recursive: true, force: true });
    mkdirSync(units);
    // Enough files for the worker to start and take its share (copies count as duplicates).
    for (const s of generateSampleUnits(embeddedCampaign)) {
      const plan = buildTemplatePlan(embeddedCampaign, { unitCode: s.unit.code, filled: s.filled });
      const bytes = await writePlan(plan);
      for (const copy of ["a", "b", "c", "d"])
        writeFileSync(join(units, `${copy}-${s.fileName}`), bytes);
    }
    // Damaged and refused files among them: each must come back unreadable, in its place.
    for (const bad of ["corrupt-CBCS07.xlsx", "zip-bomb.xlsx", "encrypted-CBCS05.xlsx"])
      copyFileSync(join(CORPUS, bad), join(units, bad));
    files = readdirSync(units)
      .sort()
      .map((n) => join(units, n));
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives the same reads and unreadable files, in the same order, with a worker thread", async () => {
    expect(files.length).toBeGreaterThanOrEqual(100);
    const alone = await loadReports(files, embeddedCampaign, undefined, { workerScript: null });
    const progress: number[] = [];
    // A slow progress display keeps this thread busy, so the worker surely starts in time.
    const slowProgress = (done: number) => {
      progress.push(done);
      const until = performance.now() + 3;
      while (performance.now() < until);
    };
    const shared = await loadReports(files, embeddedCampaign, slowProgress, {
      workerScript,
      useWorker: true,
    });
    expect({ ...shared, byWorker: 0 }).toEqual(alone);
    expect(shared.byWorker).toBeGreaterThan(0);
    expect(alone.unreadable.map((u) => u.fileName)).toEqual([
      "corrupt-CBCS07.xlsx",
      "encrypted-CBCS05.xlsx",
      "zip-bomb.xlsx",
    ]);
    expect(alone.reads).toHaveLength(files.length - 3);
    expect(alone.byWorker).toBe(0);
    expect(progress).toEqual(files.map((_, i) => i + 1));
  }, 60_000);

  it("loses no unit when the worker fails: its files are loaded on this thread", async () => {
    const broken = join(dir, "brokenWorker.cjs");
    writeFileSync(
      broken,
      'const { parentPort } = require("node:worker_threads");' +
        'parentPort.postMessage("ready");' +
        'parentPort.on("message", () => { throw new Error("worker crashed"); });',
    );
    const alone = await loadReports(files, embeddedCampaign, undefined, { workerScript: null });
    const rescued = await loadReports(files, embeddedCampaign, undefined, {
      workerScript: broken,
      useWorker: true,
    });
    expect({ ...rescued, byWorker: 0 }).toEqual(alone);
  }, 60_000);
});
