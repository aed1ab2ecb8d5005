import { ClientObject } from "./clientObject";
import { type AreasTarget, quoteName, rectAddress } from "./geometry";
import { RangeFormatProxy } from "./rangeFormat";
import { type Ctx } from "./requestContext";

export class RangeAreasProxy extends ClientObject<AreasTarget> {
  protected readonly scalarProps = ["address", "areaCount", "cellCount"];
  readonly format: RangeFormatProxy;
  constructor(ctx: Ctx, resolver: () => AreasTarget | null) {
    super(ctx, resolver);
    this.format = new RangeFormatProxy(ctx, () => this.target());
  }
  resolveNow(): AreasTarget | null {
    return this.target();
  }
  protected read(t: AreasTarget, prop: string): unknown {
    switch (prop) {
      case "address":
        return t.areas.map((a) => `${quoteName(t.sheet.name)}!${rectAddress(a)}`).join(",");
      case "areaCount":
        return t.areas.length;
      case "cellCount":
        return t.areas.reduce((s, a) => s + (a.r2 - a.r1 + 1) * (a.c2 - a.c1 + 1), 0);
    }
    return undefined;
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}
