import { buildSync } from "esbuild";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writePlan } from "../io";
import { deflatePart } from "../io/deflatePart";
import { embeddedCampaign } from "../shared/campaign/embedded";
import { buildTemplatePlan } from "../shared/plan/buildTemplatePlan";
import { generateSampleUnits } from "../shared/samples/generateSampleUnits";
import { startHelperThread, type HelperThread } from "./helperThread";
import { loadReports } from "./loadReports";

const CORPUS = join(__dirname, "..", "..", "test", "corpus", "files");

describe("loadReports", () => {
  let dir: string;
  let files: string[];
  let workerScript: string;
  let helperModule: string;
  let helper: HelperThread;

  beforeAll(async () => {
    // Inside the project, so the bundled worker finds node_modules as the built CLI does.
    const scratch = join(__dirname, "..", "..", ".tmp");
    mkdirSync(scratch, { recursive: true });
    dir = mkdtempSync(join(scratch, "load-reports-"));
    // The worker as the CLI ships it (bundled, packages external), and the module that starts it.
    const bundle = (name: string) => {
      const outfile = join(dir, `${name}.cjs`);
      buildSync({
        entryPoints: [join(__dirname, `${name}.ts`)],
        outfile,
        bundle: true,
        platform: "node",
        format: "cjs",
        packages: "external",
        logLevel: "error",
      });
      return outfile;
    };
    workerScript = bundle("helperWorker");
    helperModule = bundle("helperThread");
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
    helper = startHelperThread(workerScript);
  }, 60_000);

  afterAll(async () => {
    await helper.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("gives the same reads and unreadable files, in the same order, with the helper thread", async () => {
    expect(files.length).toBeGreaterThanOrEqual(100);
    const alone = await loadReports(files, embeddedCampaign, undefined, { helper: null });
    const progress: number[] = [];
    // A running helper is handed the first chunks of files before this thread has loaded its
    // second file, and this thread never loads a file it holds: so it takes part however busy the
    // machine is (no race with its start).
    await helper.ready;
    const shared = await loadReports(files, embeddedCampaign, (done) => progress.push(done), {
      helper,
    });
    expect({ ...shared, loadedByHelper: 0 }).toEqual(alone);
    expect(shared.loadedByHelper).toBeGreaterThan(0);
    // The same thread serves the next call too (here with another campaign).
    const other = { ...embeddedCampaign, title: "Đợt khác" };
    const again = await loadReports(files, other, undefined, { helper });
    expect(again.loadedByHelper).toBeGreaterThan(0);
    expect({ ...again, loadedByHelper: 0 }).toEqual(
      await loadReports(files, other, undefined, { helper: null }),
    );
    expect(alone.unreadable.map((u) => u.fileName)).toEqual([
      "corrupt-CBCS07.xlsx",
      "encrypted-CBCS05.xlsx",
      "zip-bomb.xlsx",
    ]);
    expect(alone.reads).toHaveLength(files.length - 3);
    expect(alone.loadedByHelper).toBe(0);
    expect(progress).toEqual(files.map((_, i) => i + 1));
  }, 60_000);

  it("deflates on the helper exactly as on this thread, and zips the same bytes with it", async () => {
    const xml = new TextEncoder().encode(
      Array.from({ length: 5000 }, (_, i) => `<c r="A${i}"><v>${i * 7}</v></c>`).join(""),
    );
    expect(Buffer.from(await helper.deflate(xml)).equals(Buffer.from(deflatePart(xml)))).toBe(true);
    const plan = buildTemplatePlan(embeddedCampaign);
    const away = { deflate: (d: Uint8Array) => helper.deflate(d), minBytes: 1 };
    expect(
      Buffer.from(await writePlan(plan, away)).equals(Buffer.from(await writePlan(plan))),
    ).toBe(true);
  });

  it("never keeps the process alive while idle, whether or not it was given work", () => {
    // A timer keeps the process up until the helper runs (an unstarted helper holds nothing).
    const script = (work: string) =>
      `const { startHelperThread } = require(${JSON.stringify(helperModule)});` +
      `const helper = startHelperThread(${JSON.stringify(workerScript)});` +
      `const up = setInterval(() => {}, 1000);` +
      `helper.ready.then(() => ${work}).then(() => { console.log("done"); clearInterval(up); });`;
    for (const work of ["undefined", "helper.deflate(new Uint8Array(100))"]) {
      const r = spawnSync(process.execPath, ["-e", script(work)], {
        encoding: "utf8",
        timeout: 20_000,
      });
      expect(r.stdout.trim()).toBe("done");
      expect(r.status).toBe(0);
    }
  });

  it("loses no unit when the helper fails: its files are loaded on this thread", async () => {
    const broken = join(dir, "brokenWorker.cjs");
    writeFileSync(
      broken,
      'const { parentPort } = require("node:worker_threads");' +
        'parentPort.postMessage("ready");' +
        'parentPort.on("message", () => { throw new Error("worker crashed"); });',
    );
    const alone = await loadReports(files, embeddedCampaign, undefined, { helper: null });
    const failing = startHelperThread(broken);
    const rescued = await loadReports(files, embeddedCampaign, undefined, { helper: failing });
    expect({ ...rescued, loadedByHelper: 0 }).toEqual(alone);
    expect(failing.broken).toBe(true);
    // Work asked of a failed helper is refused at once, so callers do it themselves.
    await expect(failing.deflate(new Uint8Array(10))).rejects.toThrow(/worker crashed/);
  }, 60_000);
});
