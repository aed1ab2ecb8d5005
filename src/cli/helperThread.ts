import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { DeflateAway } from "../io/zipParts";
import type { PackedGrids } from "../io/packGrids";
import type { HelperReply, HelperRequest, LoadedOnHelper, PreparedOnHelper } from "./helperWorker";
import type { PreparedFile } from "./prepareUnitFile";

/**
 * One unit file as the helper left it: read into Grids (packed, see packGrids), or only prepared
 * (see prepareUnitFile) for this thread to finish, or null when preparing failed (this thread
 * then loads it from the start and reports why).
 */
export type HelperLoad =
  | { index: number; sha256: string; grids: PackedGrids }
  | { index: number; prepared: PreparedFile | null };

/**
 * A second thread that loads unit files beside the main thread (read, hash, inflate, check, then
 * our own .xlsx reader: everything but reading the report against the outline) and deflates the
 * largest parts of the output. It holds neither SheetJS nor the outline, so it starts fast.
 * Started once and kept for the life of the process (unreferenced while idle, so it never holds
 * the process open).
 *
 * Every promise rejects if the thread fails or stops; callers then do the work themselves, so
 * nothing is ever lost to a broken helper.
 */
export interface HelperThread {
  /** Resolves once the thread runs; never rejects (a thread that fails to start never is). */
  readonly ready: Promise<void>;
  /** Loads the files on the helper, as far as it can; all come back together. */
  load(files: Array<{ index: number; path: string }>): Promise<HelperLoad[]>;
  /** Deflates one part as `deflatePart` does. */
  deflate(data: Uint8Array): Promise<Uint8Array>;
  /** True once the thread has failed or stopped: it takes no more work. */
  readonly broken: boolean;
  /** Stops the thread; what it still held rejects. */
  close(): Promise<void>;
}

type Answer = Exclude<HelperReply, "ready">;
type LoadReply = Extract<Answer, { loaded: unknown }>;
type DeflateReply = Extract<Answer, { deflated: unknown }>;

interface Pending {
  resolve: (reply: Answer) => void;
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
  let nextId = 1;
  let failure: Error | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  /** Sends a request; its answer (matched by id, so of the request's kind) goes through `take`. */
  const ask = <T>(request: HelperRequest, take: (reply: Answer) => T) =>
    new Promise<T>((resolve, reject) => {
      if (failure) return reject(failure);
      if (pending.size === 0) worker.ref();
      pending.set(request.id, { resolve: (reply) => resolve(take(reply)), reject });
      worker.postMessage(request);
    });
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
    if (reply === "ready") markReady();
    else settle(reply.id)?.resolve(reply);
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`helper thread stopped (${code})`)));
  // Referenced only while it owes an answer, so an idle helper never keeps the process alive.
  // After the listeners: adding a "message" listener references the thread again.
  worker.unref();

  return {
    ready,
    load(files) {
      return ask({ id: nextId++, load: files }, (r) => (r as LoadReply).loaded.map(received));
    },
    deflate(data) {
      // Copied, not moved: if the helper fails, the caller still has the bytes to deflate.
      return ask({ id: nextId++, deflate: data }, (r) => (r as DeflateReply).deflated);
    },
    get broken() {
      return failure !== undefined;
    },
    async close() {
      await worker.terminate();
    },
  };
}

/** A loaded file as it arrived: a prepared one's parts become views into their one buffer. */
function received(load: LoadedOnHelper): HelperLoad {
  return "grids" in load ? load : { index: load.index, prepared: preparedOf(load.prepared) };
}

function preparedOf(prepared: PreparedOnHelper | null): PreparedFile | null {
  if (!prepared) return null;
  const parts = new Map<string, Uint8Array>();
  let start = 0;
  prepared.names.forEach((name, i) => {
    parts.set(name, prepared.data.subarray(start, prepared.ends[i]));
    start = prepared.ends[i];
  });
  return { bytes: prepared.bytes, sha256: prepared.sha256, kind: prepared.kind, parts };
}

let shared: HelperThread | undefined;

/**
 * The process's helper thread, started on first use; undefined on a single core or where the
 * bundled worker script is absent (running from source, as the tests do). A helper that failed
 * is replaced.
 */
function sharedHelperThread(): HelperThread | undefined {
  if (shared && !shared.broken) return shared;
  const script = join(__dirname, "helperWorker.cjs");
  if (availableParallelism() < 2 || !existsSync(script)) return undefined;
  shared = startHelperThread(script);
  return shared;
}

/** Below this many files the helper's start (≈ 26 ms) is not worth it. */
export const HELPER_FROM_FILES = 32;

/**
 * The helper to load `fileCount` files with, started on first use, from 32 files; none with
 * PHULUC_HELPER_THREAD=off.
 *
 * @example const helper = helperForFiles(files.length) // undefined for 20 files
 */
export function helperForFiles(fileCount: number): HelperThread | undefined {
  if (process.env.PHULUC_HELPER_THREAD === "off" || fileCount < HELPER_FROM_FILES) return undefined;
  return sharedHelperThread();
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
  return (
    helper && { deflate: (data) => helper.deflate(data), minBytes: HELPER_MIN_BYTES, holds: 2 }
  );
}
