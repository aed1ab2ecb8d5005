import type { Campaign, SourceWorkbook } from "../../shared/model";
import type { ConsolidationRun } from "../../shared/pipeline/runConsolidation";
import { CancelledError } from "../host/hostError";
import type { CheckJob, FileRead, FromWorker, PaneCheck, RunPart, ToWorker } from "./protocol";

/** What a job is told: the task's cancel signal and where progress goes. */
export interface JobControls {
  signal: AbortSignal;
  progress: (done: number, total: number) => void;
}

/**
 * Reading, checking and consolidating off the main thread (a Web Worker). The worker holds the
 * workbooks it read; the pane names them by `ref`. A cancelled check or consolidation rejects at
 * once with CancelledError (the worker stops at its next file); a cancelled read resolves with
 * the files read so far.
 */
export interface OffThread {
  /**
   * Starts the workers and hands them the campaign ahead of the first job: the Load step calls it
   * when shown, so the first files picked do not wait for the workers' scripts to load.
   */
  prepare(campaign: Campaign): void;
  /** Reads files in order, each reported by `onRead` as it is done. */
  readFiles(
    files: File[],
    campaign: Campaign,
    c: JobControls & { onRead?: (read: FileRead, index: number) => void },
  ): Promise<FileRead[]>;
  check(campaign: Campaign, job: CheckJob, c: JobControls): Promise<PaneCheck>;
  consolidate(
    campaign: Campaign,
    job: CheckJob & { excludeUnitsWithErrors: boolean },
    c: JobControls,
  ): Promise<ConsolidationRun>;
  /** A workbook the worker holds (to show a finding's cell), or undefined. */
  workbook(ref: string): Promise<SourceWorkbook | undefined>;
  /** Lets the worker drop workbooks the pane no longer lists. */
  forget(refs: string[]): void;
}

/** Files per message to the worker. */
const FILES_PER_JOB = 25;

interface Pending {
  onMessage: (m: FromWorker) => void;
  fail: (err: unknown) => void;
}

/** The pane's side of the worker: numbered jobs, their progress, parts and cancellation. */
export class WorkerClient implements OffThread {
  private readonly jobs = new Map<number, Pending>();
  private nextJob = 1;
  private nextRef = 1;
  private campaign?: Campaign;

  /**
   * `helper`: a second worker that reads every other batch of files on another core; it hands
   * each workbook to `worker` (over a MessageChannel), which keeps them all and tells the pane.
   */
  constructor(
    private readonly worker: Pick<Worker, "postMessage" | "onmessage" | "onerror">,
    private readonly options: { fileLatencyMs?: number } = {},
    private readonly helper?: Pick<Worker, "postMessage" | "onerror">,
  ) {
    worker.onmessage = (e: MessageEvent<FromWorker>) =>
      this.jobs.get(e.data.job)?.onMessage(e.data);
    const onerror = (e: ErrorEvent) => {
      const err = new Error(e.message || "worker failed");
      for (const job of [...this.jobs.values()]) job.fail(err);
      this.jobs.clear();
    };
    worker.onerror = onerror;
    if (helper) {
      helper.onerror = onerror;
      const channel = new MessageChannel();
      worker.postMessage({ type: "helped", port: channel.port1 } satisfies ToWorker, [
        channel.port1,
      ]);
      helper.postMessage({ type: "helper", port: channel.port2 } satisfies ToWorker, [
        channel.port2,
      ]);
    }
  }

  private post(m: ToWorker, to: Pick<Worker, "postMessage"> = this.worker): void {
    // A file's bytes move to the worker (transferred, not copied).
    if (m.type === "read")
      to.postMessage(
        m,
        m.files.flatMap((f) => (f.bytes ? [f.bytes] : [])),
      );
    else to.postMessage(m);
  }

  /** Sends the campaign when it changed (it is sent once, not with every job). */
  prepare(campaign: Campaign): void {
    if (campaign === this.campaign) return;
    this.campaign = campaign;
    this.post({ type: "campaign", campaign });
    if (this.helper) this.post({ type: "campaign", campaign }, this.helper);
  }

  /**
   * Starts a job; `handle` sees its messages and settles the promise. On cancel, `onCancel`
   * decides what the caller gets (by default CancelledError at once).
   */
  private start<T>(
    message: (job: number) => ToWorker,
    signal: AbortSignal | undefined,
    handle: (m: FromWorker, settle: (v: T) => void) => void,
    onCancel?: (settle: (v: T) => void) => void,
    to: Pick<Worker, "postMessage"> = this.worker,
  ): Promise<T> {
    const job = this.nextJob++;
    return new Promise<T>((resolve, reject) => {
      const done = () => {
        this.jobs.delete(job);
        signal?.removeEventListener("abort", abort);
      };
      const settle = (v: T) => {
        done();
        resolve(v);
      };
      const fail = (err: unknown) => {
        done();
        reject(err);
      };
      const abort = () => {
        this.post({ type: "cancel", job }, to);
        if (onCancel) onCancel(settle);
        else fail(new CancelledError());
      };
      if (signal?.aborted) return fail(new CancelledError());
      signal?.addEventListener("abort", abort);
      this.jobs.set(job, {
        fail,
        onMessage: (m) => {
          if (m.type === "error")
            fail(Object.assign(new Error(m.message), { messageEn: m.messageEn }));
          else if (m.type === "cancelled") (onCancel ?? (() => fail(new CancelledError())))(settle);
          else handle(m, settle);
        },
      });
      this.post(message(job), to);
    });
  }

  /**
   * Files go to the worker a few at a time, as bytes the browser read for the page
   * (`File.arrayBuffer()`, off the thread) and transferred: cloning a File handle into a message
   * cost the page ≈ 1 ms a file (a thousand in one message held it for ≈ 350 ms). Each worker
   * reads its batches in order;
   * with a helper, the batches alternate between the two (the results are put back in order).
   */
  async readFiles(
    files: File[],
    campaign: Campaign,
    c: JobControls & { onRead?: (read: FileRead, index: number) => void },
  ): Promise<FileRead[]> {
    this.prepare(campaign);
    let count = 0;
    const batches: Array<Promise<{ reads: FileRead[]; complete: boolean }>> = [];
    for (let i = 0, k = 0; i < files.length && !c.signal.aborted; i += FILES_PER_JOB, k++) {
      const batch = files.slice(i, i + FILES_PER_JOB);
      // A file the browser cannot read (gone since it was picked) is reported by the worker.
      const contents = await Promise.all(
        batch.map((f) => f.arrayBuffer().catch((err: unknown) => String(err))),
      );
      if (c.signal.aborted) break;
      const refs = batch.map(() => `f${this.nextRef++}`);
      const reads: FileRead[] = [];
      batches.push(
        this.start(
          (job) => ({
            type: "read",
            job,
            files: batch.map((file, k) => {
              const content = contents[k];
              return {
                ref: refs[k],
                name: file.name,
                ...(typeof content === "string" ? { unreadable: content } : { bytes: content }),
              };
            }),
            latencyMs: this.options.fileLatencyMs,
          }),
          c.signal,
          (m, settle) => {
            if (m.type === "files") {
              for (const read of m.reads) {
                reads.push(read);
                c.onRead?.(read, count++);
              }
              c.progress(count, files.length);
            } else if (m.type === "done") settle({ reads, complete: true });
          },
          // A cancelled load keeps the files read so far; the one being read is let go.
          (settle) => {
            this.forget(refs.slice(reads.length));
            settle({ reads: [...reads], complete: false });
          },
          this.helper && k % 2 === 1 ? this.helper : this.worker,
        ),
      );
    }
    const out: FileRead[] = [];
    let complete = true;
    for (const batch of await Promise.all(batches)) {
      // After a batch cut short by a cancel, the files read by the other worker are let go too.
      if (complete) out.push(...batch.reads);
      else this.forget(batch.reads.map((r) => r.ref));
      complete &&= batch.complete;
    }
    return out;
  }

  check(campaign: Campaign, job: CheckJob, c: JobControls): Promise<PaneCheck> {
    this.prepare(campaign);
    return this.start<PaneCheck>(
      (id) => ({ type: "check", job: id, ...job }),
      c.signal,
      (m, settle) => {
        if (m.type === "progress") c.progress(m.done, m.total);
        else if (m.type === "done") settle(m.value as PaneCheck);
      },
    );
  }

  consolidate(
    campaign: Campaign,
    job: CheckJob & { excludeUnitsWithErrors: boolean },
    c: JobControls,
  ): Promise<ConsolidationRun> {
    this.prepare(campaign);
    let run: ConsolidationRun | undefined;
    const put = (p: RunPart) => {
      if (p.part === "head") run = p.run;
      else if (p.part === "items") {
        let at: unknown = run;
        for (const key of p.path) at = (at as Record<string, unknown>)[key];
        for (const item of p.items) (at as unknown[]).push(item);
      } else if (p.part === "units") {
        for (const { reportIndex, ...u } of p.units)
          run!.consolidation.units.push({ ...u, report: run!.reports[reportIndex] });
      } else {
        const cells = run!.plan.sheets[p.sheet].blocks[p.block].cells;
        for (const row of p.rows) cells.push(row);
      }
    };
    return this.start<ConsolidationRun>(
      (id) => ({ type: "consolidate", job: id, ...job }),
      c.signal,
      (m, settle) => {
        if (m.type === "progress") c.progress(m.done, m.total);
        else if (m.type === "part") put(m.value);
        else if (m.type === "done") settle(run!);
      },
    );
  }

  workbook(ref: string): Promise<SourceWorkbook | undefined> {
    return this.start<SourceWorkbook | undefined>(
      (job) => ({ type: "book", job, ref }),
      undefined,
      (m, settle) => {
        if (m.type === "done") settle((m.value as SourceWorkbook | null) ?? undefined);
      },
    );
  }

  forget(refs: string[]): void {
    if (refs.length) this.post({ type: "forget", refs });
  }
}

/**
 * The off-thread services where the browser has Web Workers (undefined elsewhere, e.g. jsdom,
 * where the pane works on the main thread as before). The worker starts on first use.
 */
export function offThread(options: { fileLatencyMs?: number } = {}): OffThread | undefined {
  if (typeof Worker !== "function") return undefined;
  let client: Promise<WorkerClient> | undefined;
  const get = () =>
    (client ??= import(/* webpackChunkName: "start-worker" */ "./startWorker").then(
      (m) =>
        new WorkerClient(
          m.startPaneWorker(),
          options,
          // A second core reads every other batch of files.
          (navigator.hardwareConcurrency ?? 1) > 1 ? m.startPaneWorker("phuluc-reader") : undefined,
        ),
    ));
  return {
    prepare: (campaign) => void get().then((w) => w.prepare(campaign)),
    readFiles: async (...a) => (await get()).readFiles(...a),
    check: async (...a) => (await get()).check(...a),
    consolidate: async (...a) => (await get()).consolidate(...a),
    workbook: async (ref) => (await get()).workbook(ref),
    forget: (refs) => void get().then((w) => w.forget(refs)),
  };
}
