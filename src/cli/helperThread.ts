import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { DeflateAway } from "../io/zipParts";
import type { Campaign } from "../shared/model";
import type { HelperReply, HelperRequest } from "./helperWorker";
import type { LoadedFile } from "./loadUnitFile";

/**
 * A second thread that takes a share of the CLI's heavy work: loading unit files beside the main
 * thread, deflating the largest parts of the output. It is started once and kept for the life
 * of the process (unreferenced while idle, so it never holds the process open): a thread started
 * per call runs cold code, and on 1,000 files that ate the whole gain (measured on 2 cores: a
 * fresh thread per call 0.80 s against 0.75 s alone; the kept, warm thread 0.42 s).
 *
 * Every promise rejects if the thread fails or stops; callers then do the work themselves, so
 * nothing is ever lost to a broken helper.
 */
export interface HelperThread {
  /** Resolves once the thread runs; never rejects (a thread that fails to start never is). */
  readonly ready: Promise<void>;
  /** Loads the files on the helper, calling onLoaded for each as it arrives. */
  load(
    files: Array<{ index: number; path: string }>,
    campaign: Campaign,
    onLoaded: (index: number, loaded: LoadedFile) => void,
  ): Promise<void>;
  /** Deflates one part as `deflatePart` does. */
  deflate(data: Uint8Array): Promise<Uint8Array>;
  /** True once the thread has failed or stopped: it takes no more work. */
  readonly broken: boolean;
  /** Stops the thread; what it still held rejects. */
  close(): Promise<void>;
}

interface Pending {
  onLoaded?: (index: number, loaded: LoadedFile) => void;
  resolve: (deflated: Uint8Array | undefined) => void;
  reject: (err: Error) => void;
}

/**
 * Starts a helper thread running `script` (the bundled helperWorker.cjs).
 *
 * @example const helper = startHelperThread("dist/cli/helperWorker.cjs"); await helper.deflate(xml)
 */
export function startHelperThread(script: string): HelperThread {
  const worker = new Worker(script);
  const pending = new Map<number, Pending>();
  const campaignKeys = new WeakMap<Campaign, number>();
  let sentCampaign: Campaign | undefined;
  let nextId = 1;
  let failure: Error | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const ask = (request: HelperRequest & { id: number }, entry: Pending) => {
    if (failure) return entry.reject(failure);
    if (pending.size === 0) worker.ref();
    pending.set(request.id, entry);
    worker.postMessage(request);
  };
  const settle = (id: number) => {
    const entry = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker.unref();
    return entry;
  };
  const fail = (err: Error) => {
    failure ??= err;
    worker.unref();
    const owed = [...pending.values()];
    pending.clear();
    for (const entry of owed) entry.reject(failure);
  };

  worker.on("message", (reply: HelperReply) => {
    if (reply === "ready") return markReady();
    if ("index" in reply)
      pending.get(reply.id)?.onLoaded?.(reply.index, JSON.parse(reply.loaded) as LoadedFile);
    else if ("done" in reply) settle(reply.id)?.resolve(undefined);
    else settle(reply.id)?.resolve(reply.deflated);
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`helper thread stopped (${code})`)));
  // Referenced only while it owes an answer, so an idle helper never keeps the process alive.
  // After the listeners: adding a "message" listener references the thread again.
  worker.unref();

  return {
    ready,
    load(files, campaign, onLoaded) {
      return new Promise<void>((resolve, reject) => {
        if (campaign !== sentCampaign && !failure) {
          const key = campaignKeys.get(campaign) ?? nextId++;
          campaignKeys.set(campaign, key);
          worker.postMessage({ campaign, key } satisfies HelperRequest);
          sentCampaign = campaign;
        }
        const campaignKey = campaignKeys.get(campaign)!;
        ask(
          { id: nextId++, load: files, campaignKey },
          { onLoaded, resolve: () => resolve(), reject },
        );
      });
    },
    deflate(data) {
      // Copied, not moved: if the helper fails, the caller still has the bytes to deflate.
      return new Promise<Uint8Array>((resolve, reject) =>
        ask({ id: nextId++, deflate: data }, { resolve: (d) => resolve(d!), reject }),
      );
    },
    get broken() {
      return failure !== undefined;
    },
    async close() {
      await worker.terminate();
    },
  };
}

let shared: HelperThread | undefined;

/**
 * The process's helper thread, started on first use; undefined on a single core or where the
 * bundled worker script is absent (running from source, as the tests do). A helper that failed
 * is replaced.
 *
 * @example const helper = sharedHelperThread(); if (helper) await helper.deflate(xml)
 */
export function sharedHelperThread(): HelperThread | undefined {
  if (shared && !shared.broken) return shared;
  const script = join(__dirname, "helperWorker.cjs");
  if (availableParallelism() < 2 || !existsSync(script)) return undefined;
  shared = startHelperThread(script);
  return shared;
}

/** Below this many files the helper costs more than it saves, even warm. */
export const HELPER_FROM_FILES = 32;

/**
 * Files from which starting the helper pays off: a fresh thread runs cold code and, on 2 cores,
 * competes with the main thread's own compiler and garbage collector. Measured cold CLI runs on
 * the 2-core development machine: 1,000 files 1.45 s with the helper against 1.30 s without,
 * 2,000 files 2.2 s against 2.3 s, 3,000 files 2.8 s against 3.0 s. With 4 cores or more the
 * threads need not compete (not measured here).
 */
const START_HELPER_FROM_FILES = availableParallelism() >= 4 ? HELPER_FROM_FILES : 1500;

/**
 * The helper to load `fileCount` files with: the running one (warm, it pays off from 32 files:
 * 1,000 files in 0.46 s against 0.70 s), else a new one only for runs long enough to repay its
 * start; undefined when loading alone is faster. PHULUC_HELPER_THREAD=on or off overrides the
 * choice (from 32 files).
 *
 * @example const helper = helperForFiles(files.length) // undefined for 200 files on 2 cores
 */
export function helperForFiles(fileCount: number): HelperThread | undefined {
  const choice = process.env.PHULUC_HELPER_THREAD;
  if (choice === "off" || fileCount < HELPER_FROM_FILES) return undefined;
  if (choice === "on" || (shared && !shared.broken)) return sharedHelperThread();
  return fileCount >= START_HELPER_FROM_FILES ? sharedHelperThread() : undefined;
}

/** Parts below this go faster deflated on the main thread than sent (≈ 1.7 ms of work at 64 KB). */
const HELPER_MIN_BYTES = 64 << 10;

/**
 * The running helper thread as a place to deflate the output's parts (see zipParts); undefined
 * when none runs — fflate's own small threads then start faster than a helper would.
 *
 * @example await writePlan(plan, deflateOnHelper())
 */
export function deflateOnHelper(): DeflateAway | undefined {
  const helper = shared && !shared.broken ? shared : undefined;
  return helper && { deflate: (data) => helper.deflate(data), minBytes: HELPER_MIN_BYTES };
}
