import { EmuError } from "./emuError";
import { type Ctx } from "./requestContext";

/**
 * Excel.Application: calculation and screen updating.
 * https://learn.microsoft.com/javascript/api/excel/excel.application
 */
export class ApplicationProxy {
  constructor(private readonly ctx: Ctx) {}

  /**
   * "Suspends calculation until the next context.sync() is called. Once set, it is the developer's
   * responsibility to re-calc the workbook, to ensure that any dependencies are propagated."
   * (Excel.Application reference, ExcelApi 1.6). The formulas written in that sync stay
   * uncalculated until `calculate` runs; the performance page's sample
   * (https://learn.microsoft.com/office/dev/add-ins/excel/performance#suspend-calculation-temporarily)
   * shows values recalculated at the next sync instead. The two pages differ and neither says
   * which cells stay stale, so the emulation takes the reference's stricter reading.
   */
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.requires("1.6", "Application.suspendApiCalculationUntilNextSync");
    this.ctx.enqueue(0, () => (this.ctx.calculationSuspended = true));
  }

  /**
   * "Don't call suspendScreenUpdatingUntilNextSync repeatedly (such as in a loop). Repeated calls
   * will cause the Excel window to flicker."
   * (https://learn.microsoft.com/office/dev/add-ins/excel/performance#suspend-screen-updating).
   * Counted per Excel.run so a test can hold the adapter to one call.
   */
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.requires("1.9", "Application.suspendScreenUpdatingUntilNextSync");
    this.ctx.enqueue(0, () => {
      this.ctx.emu.stats.screenUpdatingSuspensions++;
    });
  }

  /** Recalculates: every formula, custom functions included, for "Full" and "FullRebuild". */
  calculate(calculationType: string): void {
    this.ctx.enqueue(calculationType.length, () => {
      if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType))
        throw new EmuError("InvalidArgument", `Invalid calculation type '${calculationType}'.`);
      this.ctx.book.calculate(calculationType !== "Recalculate");
      this.ctx.emu.stats.calculations.push(calculationType);
    });
  }
}
