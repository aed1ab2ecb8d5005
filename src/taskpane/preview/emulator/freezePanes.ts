import { jsonBytes } from "../../host/jsonBytes";
import { EmuError } from "./emuError";
import { parseRect } from "./geometry";
import { type RangeProxy } from "./range";
import { type Ctx } from "./requestContext";
import { type EmuSheet } from "./workbookModel";
import { type WorksheetProxy } from "./worksheet";

export class FreezePanesProxy {
  constructor(
    private readonly ctx: Ctx,
    private readonly ws: WorksheetProxy,
  ) {}
  private set(arg: unknown, f: (s: EmuSheet) => void): void {
    this.ctx.requires("1.7", "Worksheet.freezePanes");
    this.ctx.enqueue(jsonBytes(arg), () => {
      const s = this.ws.emuSheet();
      if (!s) throw new EmuError("InvalidObjectPath", "null worksheet");
      f(s);
    });
  }
  freezeRows(n = 1): void {
    this.set(n, (s) => (s.freeze = { rows: n, cols: 0 }));
  }
  freezeColumns(n = 1): void {
    this.set(n, (s) => (s.freeze = { rows: 0, cols: n }));
  }
  freezeAt(range: RangeProxy | string): void {
    this.set(typeof range === "string" ? range : 0, (s) => {
      const r = typeof range === "string" ? parseRect(range) : range.rect();
      s.freeze = { rows: r.r2 + 1, cols: r.c2 + 1 };
    });
  }
  unfreeze(): void {
    this.set(0, (s) => (s.freeze = { rows: 0, cols: 0 }));
  }
}
