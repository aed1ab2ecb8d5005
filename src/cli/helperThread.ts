import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { DeflateAway } from "../io/zipParts";
import type { HelperReply, HelperRequest, PreparedOnHelper } from "./helperWorker";
import type { PreparedFile } from "./prepareUnitFile";

/**
 * A second thread that takes the native-heavy half of loading unit files (read, hash, inflate,
 * check sizes and CRCs: see prepareUnitFile) ahead of the main thread, which parses, and deflates
 * the largest parts of the output. It allocates little on its heap, so the two threads do not
 * compete for the garbage collector, and it holds no parser, so it starts fast. Started once and
 * kept for the life of the process (unreferenced while idle, so it never holds the process open).
 *
 * Every promise rejects if the thread fails or stops; callers then do the work themselves, so
 * nothing is ever lost to a broken helper.
 */
export interface HelperThread {
  /** Resolves once the thread runs; never rejects (a thread that fails to start never is). */
  readonly ready: Promise<void>;
  /**
   * Prepares the files on the helper, calling onPrepared for each as it arrives: null when
   * preparing failed (the caller loads that file itself and reports why).
   */
  prepare(
    files: Array<{ index: number; path: string }>,
    onPrepared: (index: number, prepared: PreparedFile | null) => void,
  ): Promise<void>;
  /** Deflates one part as `deflatePart` does. */
  deflate(data: Uint8Array): Promise<Uint8Array>;
  /** True once the thread has failed or stopped: it takes no more work. */
  readonly broken: boolean;
  /** Stops the thread; what it still held rejects. */
  close(): Promise<void>;
}

interface Pending {
  onPrepared?: (index: number, prepared: PreparedFile | null) => void;
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
  let nextId = 1;
  let failure: Error | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const ask = (request: HelperRequest, entry: Pending) => {
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
      pending.get(reply.id)?.onPrepared?.(reply.index, unpacked(reply.prepared));
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
    prepare(files, onPrepared) {
      return new Promise<void>((resolve, reject) =>
        ask({ id: nextId++, prepare: files }, { onPrepared, resolve: () => resolve(), reject }),
      );
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

/** A prepared file as it arrived, its parts as views into the one buffer they came in. */
function unpacked(prepared: PreparedOnHelper | null): PreparedFile | null {
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
  return helper && { deflate: (data) => helper.deflate(data), minBytes: HELPER_MIN_BYTES };
}
