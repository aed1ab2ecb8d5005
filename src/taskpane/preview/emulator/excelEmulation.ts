/**
 * An in-memory emulation of exactly the subset of the Excel JavaScript API the adapter uses, with
 * Office.js proxy semantics: calls are queued and applied at `context.sync()`, properties must be
 * loaded and synced before they are read (reading earlier throws like Office.js), null objects,
 * and Excel's refusals (duplicate or invalid sheet names, deleting the last visible sheet, writing
 * into locked cells of a protected sheet, request payloads over 5 MB, reading over 5,000,000
 * cells). It counts syncs, queued calls and payload bytes so tests can hold the adapter to its
 * budget.
 *
 * One file per Excel object, as Office.js has them: requestContext (sync, payload limits),
 * clientObject (load, null objects), application, workbook, worksheetCollection, worksheet, range,
 * rangeAreas, rangeFormat, dataValidation, namedItems, freezePanes, worksheetProtection; emuError,
 * geometry and guards are shared by them. Each rule cites the Microsoft page it comes from.
 */
import type { CustomFunctionsRegistration } from "./customFunctions";
import { Ctx, type EmuStats } from "./requestContext";

export {
  CALL_OVERHEAD,
  READ_CELL_LIMIT,
  REQUEST_LIMIT_BYTES,
  type EmuStats,
  type SyncRecord,
} from "./requestContext";
export { EmuError } from "./emuError";
import { EmuWorkbook } from "./workbookModel";

export interface EmulationOptions {
  /** Requirement sets reported as supported, e.g. { ExcelApi: "1.9" }; default: ExcelApi 1.17. */
  supported?: Record<string, string>;
  displayLanguage?: string;
  /** Milliseconds each sync waits, to let the preview show progress. */
  latencyMs?: number;
  /** Custom functions to evaluate in formulas, as an add-in registers them. */
  customFunctions?: CustomFunctionsRegistration;
}

export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/** Counters before the first run. */
function noStats(): EmuStats {
  return {
    runs: 0,
    syncs: 0,
    calls: 0,
    requestBytes: 0,
    responseBytes: 0,
    perSync: [],
    screenUpdatingSuspensions: 0,
    calculations: [],
  };
}

/** The emulated `Excel` and `Office` globals over one in-memory workbook. */
export class ExcelEmulation {
  readonly stats: EmuStats = noStats();
  readonly Excel: {
    run<T>(batch: (ctx: Ctx) => Promise<T>): Promise<T>;
    CalculationType: Record<"recalculate" | "full" | "fullRebuild", string>;
    WorksheetPositionType: Record<string, string>;
    SheetVisibility: Record<string, string>;
    ClearApplyTo: Record<string, string>;
  };
  readonly Office: {
    context: {
      displayLanguage: string;
      requirements: { isSetSupported(name: string, version?: string): boolean };
    };
    onReady(
      cb?: (info: { host: string; platform: string }) => void,
    ): Promise<{ host: string; platform: string }>;
    HostType: { Excel: string };
  };

  constructor(
    readonly workbook: EmuWorkbook = new EmuWorkbook(),
    private readonly options: EmulationOptions = {},
  ) {
    const supported = options.supported ?? { ExcelApi: "1.17" };
    workbook.customFunctions = options.customFunctions;
    this.Excel = {
      // Excel.CalculationType's values (https://learn.microsoft.com/javascript/api/excel/excel.calculationtype).
      CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
      WorksheetPositionType: {
        none: "None",
        before: "Before",
        after: "After",
        beginning: "Beginning",
        end: "End",
      },
      SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
      ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
      run: async <T>(batch: (ctx: Ctx) => Promise<T>): Promise<T> => {
        this.stats.runs++;
        const ctx = new Ctx(this, this.workbook);
        const result = await batch(ctx);
        if (ctx.queue.length) await ctx.sync();
        return result;
      },
    };
    const info = { host: "Excel", platform: "Emulated" };
    this.Office = {
      context: {
        displayLanguage: options.displayLanguage ?? "vi-VN",
        requirements: {
          isSetSupported: (name: string, version?: string) =>
            supported[name] !== undefined && versionAtLeast(supported[name], version ?? "1.1"),
        },
      },
      onReady: async (cb) => {
        cb?.(info);
        return info;
      },
      HostType: { Excel: "Excel" },
    };
  }

  /** Whether the emulated host implements a requirement set at that version. */
  supports(name: string, version: string): boolean {
    const have = (this.options.supported ?? { ExcelApi: "1.17" })[name];
    return have !== undefined && versionAtLeast(have, version);
  }

  latency(): Promise<void> {
    const ms = this.options.latencyMs ?? 0;
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  resetStats(): void {
    Object.assign(this.stats, noStats());
  }

  /** Makes this emulation the global `Excel` and `Office`, as office.js would. */
  install(
    target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
  ): this {
    target.Excel = this.Excel;
    target.Office = this.Office;
    return this;
  }
}
