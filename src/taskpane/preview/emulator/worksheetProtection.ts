import { ClientObject } from "./clientObject";
import { EmuError } from "./emuError";
import { type Ctx } from "./requestContext";
import { type EmuSheet } from "./workbookModel";
import { type WorksheetProxy } from "./worksheet";

export class ProtectionProxy extends ClientObject<EmuSheet> {
  protected readonly scalarProps = ["protected"];
  constructor(ctx: Ctx, ws: WorksheetProxy) {
    super(ctx, () => ws.emuSheet());
  }
  protected read(s: EmuSheet, prop: string): unknown {
    return prop === "protected" ? s.protected : undefined;
  }
  get protected(): boolean {
    return this.get("protected");
  }
  protect(options?: unknown, password?: string): void {
    this.ctx.requires("1.2", "WorksheetProtection.protect");
    this.write([options ?? null, password ?? null], (s) => {
      if (s.protected)
        throw new EmuError("InvalidOperation", "The worksheet is already protected.");
      s.protected = true;
    });
  }
  unprotect(password?: string): void {
    this.write(password ?? null, (s) => (s.protected = false));
  }
}
