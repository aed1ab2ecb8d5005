/**
 * Drives the preview through a campaign of many unit files — load, check, a check cancelled
 * midway, consolidate — and measures what the user feels: each phase's time, and the page's long
 * tasks (PerformanceObserver "longtask": main-thread tasks over 50 ms) during each phase. Shared by
 * the long-task test (which holds them to the bars) and `npm run bench` (which reports them).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CDPSession, Page } from "playwright-core";
import type { Campaign } from "../../src/shared/model";
import { startPreview } from "./harness";

export type Phase = "load" | "check" | "consolidate";

export interface LongTask {
  start: number;
  duration: number;
  /** The longtask entry's name: "self" for the page's own frame. */
  name: string;
  /**
   * For a task already running when the phase began: its milliseconds before then, left out of
   * `duration`. The load's first task is the browser making the FileList of the picked files
   * before it tells the page (a CPU profile shows no script in it: ≈ 0.4 ms a file), and only
   * its end, the page's `change` handler, is the pane's.
   */
  before?: number;
}

export interface PaneFigures {
  files: number;
  /** From handing the files to the picker to the load notice (ms). */
  loadMs: number;
  /** The browser's part of the task that hands the files to the page, before its change event. */
  fileListMs: number;
  checkMs: number;
  /** Consolidation, writing into the emulated workbook included. */
  consolidateMs: number;
  /** The load's notice ("Đã nạp 1000 tệp." when every file was read and matched to its unit). */
  loadNotice: string;
  /** From Hủy clicked during a check to the pane idle again and saying so (ms). */
  cancelMs: number;
  /** How far the cancelled check had got when Hủy was clicked ("120/1000"). */
  cancelledAt: string;
  /** The page's long tasks in each phase. */
  longTasks: Record<Phase, LongTask[]>;
  /** The longest task of each phase (0 when none over 50 ms). */
  longestMs: Record<Phase, number>;
}

declare global {
  interface Window {
    phulucLongTasks?: LongTask[];
    phulucPresetCampaign?: unknown;
    phulucChangeAt?: number;
  }
}

/** Before the page's scripts: the campaign to keep with the workbook, and the long-task observer. */
function installObserver(campaign: unknown): void {
  window.phulucPresetCampaign = campaign;
  const tasks: LongTask[] = [];
  window.phulucLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      tasks.push({ start: e.startTime, duration: e.duration, name: e.name });
  }).observe({ type: "longtask", buffered: true });
  // When the picker hands the files to the pane (the browser's own work before is not the pane's).
  document.addEventListener("change", () => (window.phulucChangeAt = performance.now()), true);
}

interface Wait {
  /** Where to look: the pane's notice, or its live status regions (progress, summaries). */
  in: "notice" | "status";
  pattern: string;
  /** Also wait for the task's Hủy button to be gone. */
  idle?: boolean;
}

/** In the page: the page's clock once the wait holds, else false. */
function holds(w: Wait): number | false {
  const text =
    w.in === "notice"
      ? (document.querySelector("[data-intent]")?.textContent ?? "")
      : [...document.querySelectorAll("[role=status]")].map((e) => e.textContent).join(" | ");
  if (!new RegExp(w.pattern).test(text)) return false;
  if (w.idle && [...document.querySelectorAll("button")].some((b) => b.textContent === "Hủy"))
    return false;
  return performance.now();
}

/** Resolves with the page's clock once `w` holds (polled every 25 ms, a few µs each). */
async function when(page: Page, w: Wait, timeout = 180_000): Promise<number> {
  const handle = await page.waitForFunction(holds, w, { polling: 25, timeout });
  return (await handle.jsonValue()) as number;
}

const now = (page: Page) => page.evaluate(() => performance.now());

/** Starts a Chrome trace; the function returned ends it and gives its events. */
async function startTrace(page: Page): Promise<() => Promise<{ traceEvents: unknown[] }>> {
  const cdp = await page.context().newCDPSession(page);
  const traceEvents: unknown[] = [];
  cdp.on("Tracing.dataCollected", (e: { value: unknown[] }) => traceEvents.push(...e.value));
  const complete = new Promise<void>((resolve) =>
    cdp.on("Tracing.tracingComplete", () => resolve()),
  );
  await cdp.send("Tracing.start", {
    categories: "*,disabled-by-default-v8.compile",
    transferMode: "ReportEvents",
  });
  return async () => {
    await cdp.send("Tracing.end");
    await complete;
    return { traceEvents };
  };
}

/**
 * Builds the preview, opens it with `campaign` kept in the workbook, and runs the phases on
 * `files` (paths of unit workbooks of that campaign). Cancels a second check once it has read a
 * few files.
 */
export async function measurePane(
  files: string[],
  campaign: Campaign,
  options: { profileDir?: string } = {},
): Promise<PaneFigures> {
  const p = await startPreview("long-tasks");
  try {
    const { page } = p;
    // With a folder (PHULUC_PROFILE=dir for the bench): each phase's main-thread CPU profile, to
    // open in DevTools (Performance › Load profile) and see what a long task was made of.
    const profileDir = options.profileDir ?? process.env.PHULUC_PROFILE;
    let cdp: CDPSession | undefined;
    if (profileDir) {
      mkdirSync(profileDir, { recursive: true });
      cdp = await page.context().newCDPSession(page);
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    }
    await page.addInitScript(installObserver, campaign);
    await p.open("?latency=5");
    await page.getByRole("tab", { name: /Nạp đơn vị/ }).click();
    // The campaign is loaded (the pane names it): the picker is enabled.
    await page.getByText(/^Đợt báo cáo: /).waitFor();

    const measure = async (phase: Phase, run: () => Promise<[number, number]>) => {
      let mark = 0;
      if (cdp) {
        await cdp.send("Profiler.start");
        // A named 5 ms busy loop at a known page time, to line the profile up with the long tasks.
        mark = await page.evaluate(function phulucProfileMark() {
          const t = performance.now();
          while (performance.now() - t < 5);
          return t;
        });
      }
      const [start, end] = await run();
      if (cdp && profileDir) {
        const { profile } = await cdp.send("Profiler.stop");
        const file = join(profileDir, `${phase}.cpuprofile`);
        writeFileSync(file, JSON.stringify({ ...profile, phulucMark: mark }));
      }
      const all = (await page.evaluate(() => window.phulucLongTasks ?? [])) as LongTask[];
      return {
        ms: Math.round(end - start),
        tasks: all
          .filter((t) => t.start + t.duration >= start && t.start <= end)
          .map((t) =>
            t.start >= start
              ? t
              : { ...t, start, duration: t.start + t.duration - start, before: start - t.start },
          ),
        phase,
      };
    };

    // With a file (PHULUC_TRACE=file.json for the bench): a trace of the load on every thread of
    // the browser (workers, V8's compiler and collector threads included), to open in Perfetto.
    const trace = process.env.PHULUC_TRACE ? await startTrace(page) : undefined;
    const load = await measure("load", async () => {
      await page.getByTestId("file-input").setInputFiles(files);
      const end = await when(page, { in: "notice", pattern: `^Đã nạp ${files.length} tệp` });
      return [(await page.evaluate(() => window.phulucChangeAt))!, end];
    });
    if (trace) writeFileSync(process.env.PHULUC_TRACE!, JSON.stringify(await trace()));
    const loadNotice = await page.evaluate(
      () => document.querySelector("[data-intent]")?.textContent ?? "",
    );

    await page.getByRole("tab", { name: /Kiểm tra/ }).click();
    const runCheck = page.getByRole("button", { name: "Kiểm tra", exact: true });
    const check = await measure("check", async () => {
      const start = await now(page);
      await runCheck.click();
      return [start, await when(page, { in: "status", pattern: "\\d+ lỗi, \\d+ cảnh báo ở" })];
    });

    // A second check, cancelled once it has read some files: how long until the pane is free?
    await runCheck.click();
    await when(page, { in: "status", pattern: "Kiểm tra · [1-9]\\d*/\\d+" }, 30_000);
    const clicked = await page.evaluate(() => {
      const cancel = [...document.querySelectorAll("button")].find((b) => b.textContent === "Hủy");
      const at = [...document.querySelectorAll("[role=status]")]
        .map((e) => e.textContent ?? "")
        .join(" ");
      const start = performance.now();
      cancel?.click();
      return { found: !!cancel, start, at: /\d+\/\d+/.exec(at)?.[0] ?? "" };
    });
    if (!clicked.found) throw new Error("The check ended before Hủy could be clicked.");
    const cancelled = await when(page, { in: "notice", pattern: "^Đã hủy", idle: true }, 30_000);

    await page.getByRole("tab", { name: /Tổng hợp/ }).click();
    const consolidate = await measure("consolidate", async () => {
      const start = await now(page);
      await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
      return [start, await when(page, { in: "notice", pattern: "^Đã tổng hợp \\d+ đơn vị" })];
    });
    if (p.errors.length) throw new Error(`Page errors: ${p.errors.join("; ")}`);

    const phases = [load, check, consolidate];
    const longTasks = Object.fromEntries(phases.map((x) => [x.phase, x.tasks])) as Record<
      Phase,
      LongTask[]
    >;
    return {
      files: files.length,
      loadMs: load.ms,
      fileListMs: Math.round(Math.max(0, ...load.tasks.map((t) => t.before ?? 0))),
      loadNotice: String(loadNotice),
      checkMs: check.ms,
      consolidateMs: consolidate.ms,
      cancelMs: Math.round(cancelled - clicked.start),
      cancelledAt: clicked.at,
      longTasks,
      longestMs: Object.fromEntries(
        phases.map((x) => [x.phase, Math.round(Math.max(0, ...x.tasks.map((t) => t.duration)))]),
      ) as Record<Phase, number>,
    };
  } finally {
    await p.close();
  }
}
