import { ApplicationProxy } from "./application";
import { EmuError } from "./emuError";
import { type ExcelEmulation } from "./excelEmulation";
import { WorkbookProxy } from "./workbook";
import { type EmuWorkbook } from "./workbookModel";

/** Excel on the web rejects requests and responses over 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** Request bytes of one queued call besides its arguments (action type, object ids, names). */
export const CALL_OVERHEAD = 100;
/** Excel on the web refuses to read more than 5,000,000 cells of a range at once. */
export const READ_CELL_LIMIT = 5_000_000;

/** How long the emulator applies a request's calls before it lets the page run (ms). */
const APPLY_SLICE_MS = 40;

export interface SyncRecord {
  calls: number;
  requestBytes: number;
  responseBytes: number;
}

export interface EmuStats {
  runs: number;
  syncs: number;
  calls: number;
  requestBytes: number;
  responseBytes: number;
  perSync: SyncRecord[];
  /** suspendScreenUpdatingUntilNextSync calls applied. */
  screenUpdatingSuspensions: number;
  /** application.calculate calls applied, by type. */
  calculations: string[];
}

export class Ctx {
  readonly queue: Array<{ bytes: number; apply: () => void; response?: () => number }> = [];
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  /** Set by suspendApiCalculationUntilNextSync for the rest of the sync being applied. */
  calculationSuspended = false;
  constructor(
    readonly emu: ExcelEmulation,
    readonly book: EmuWorkbook,
  ) {
    this.workbook = new WorkbookProxy(this);
    this.application = new ApplicationProxy(this);
  }

  /**
   * Refuses a member the host's ExcelApi version lacks, as Office.js does for an API the host
   * does not implement ("ApiNotFound"); the set of each member is the one Microsoft's reference
   * gives ("[ API set: ExcelApi 1.x ]", https://learn.microsoft.com/javascript/api/excel).
   */
  requires(version: string, member: string): void {
    if (!this.emu.supports("ExcelApi", version))
      throw new EmuError(
        "ApiNotFound",
        `The API you are trying to use could not be found: ${member} needs ExcelApi ${version}.`,
      );
  }

  enqueue(bytes: number, apply: () => void, response?: () => number): void {
    this.queue.push({ bytes: bytes + CALL_OVERHEAD, apply, response });
  }

  async sync(): Promise<void> {
    const ops = this.queue.splice(0);
    const record: SyncRecord = {
      calls: ops.length,
      requestBytes: ops.reduce((s, o) => s + o.bytes, 0),
      responseBytes: 0,
    };
    const stats = this.emu.stats;
    stats.syncs++;
    stats.calls += record.calls;
    stats.requestBytes += record.requestBytes;
    stats.perSync.push(record);
    await this.emu.latency();
    if (record.requestBytes > REQUEST_LIMIT_BYTES) {
      throw new EmuError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    }
    try {
      let since = performance.now();
      for (const op of ops) {
        // Excel applies a request in its own process; the emulator shares the page's thread, so
        // it gives the page a turn every APPLY_SLICE_MS, as the pane would get with Excel.
        if (performance.now() - since >= APPLY_SLICE_MS) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          since = performance.now();
        }
        this.book.calculationSuspended = this.calculationSuspended;
        op.apply();
        this.book.changed();
        if (op.response) record.responseBytes += op.response();
      }
    } finally {
      this.calculationSuspended = false;
      this.book.calculationSuspended = false;
      stats.responseBytes += record.responseBytes;
      this.book.notify();
    }
    if (record.responseBytes > REQUEST_LIMIT_BYTES) {
      throw new EmuError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    }
  }
}
