import { jsonBytes } from "../../host/jsonBytes";
import { EmuError } from "./emuError";
import { overlaps, parseRect, rectAddress } from "./geometry";
import { guardFormat } from "./guards";
import { type RangeProxy } from "./range";
import { type Ctx } from "./requestContext";
import { type EmuSheet } from "./workbookModel";

export class DataValidationProxy {
  constructor(
    private readonly ctx: Ctx,
    private readonly range: RangeProxy,
  ) {}
  private entry(
    f: (v: EmuSheet["validations"][number], sheet: EmuSheet) => void,
    arg: unknown,
  ): void {
    this.ctx.enqueue(jsonBytes(arg), () => {
      const t = this.range.resolveNow();
      if (!t) throw new EmuError("InvalidObjectPath", "null range");
      guardFormat(t.sheet);
      const address = rectAddress(t);
      let v = t.sheet.validations.find((x) => x.range === address);
      if (!v) t.sheet.validations.push((v = { range: address, rule: {} }));
      f(v, t.sheet);
    });
  }
  set rule(rule: Record<string, unknown>) {
    if (Object.keys(rule).length !== 1)
      throw new EmuError("InvalidArgument", "A data validation rule needs exactly one type.");
    this.entry((v) => (v.rule = rule), rule);
  }
  set prompt(p: Record<string, unknown>) {
    this.entry((v) => (v.prompt = p), p);
  }
  set errorAlert(e: Record<string, unknown>) {
    this.entry((v) => (v.errorAlert = e), e);
  }
  clear(): void {
    this.ctx.enqueue(0, () => {
      const t = this.range.resolveNow();
      if (!t) return;
      t.sheet.validations = t.sheet.validations.filter((v) => !overlaps(parseRect(v.range), t));
    });
  }
}
