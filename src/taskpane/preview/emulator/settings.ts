import { jsonBytes } from "../../host/jsonBytes";
import { ClientObject } from "./clientObject";
import { type Ctx } from "./requestContext";
import { type EmuWorkbook } from "./workbookModel";

/**
 * Excel.SettingCollection (ExcelApi 1.4, https://learn.microsoft.com/javascript/api/excel/excel.settingcollection):
 * key–value pairs of the add-in kept in the workbook, saved with it ("Persist add-in state and
 * settings", https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
 * Values are stored as JSON, as Office stores settings; a size limit is not documented.
 */
export class SettingCollectionProxy {
  constructor(private readonly ctx: Ctx) {}
  add(key: string, value: unknown): SettingProxy {
    this.ctx.requires("1.4", "SettingCollection.add");
    this.ctx.enqueue(jsonBytes([key, value]), () =>
      this.ctx.book.settings.set(key, JSON.stringify(value)),
    );
    return new SettingProxy(this.ctx, key);
  }
  getItemOrNullObject(key: string): SettingProxy {
    this.ctx.requires("1.4", "SettingCollection.getItemOrNullObject");
    const p = new SettingProxy(this.ctx, key);
    this.ctx.enqueue(jsonBytes(key), () => undefined);
    return p;
  }
}

export class SettingProxy extends ClientObject<{ value: unknown }> {
  protected readonly scalarProps = ["key", "value"];
  constructor(
    ctx: Ctx,
    private readonly key: string,
  ) {
    super(ctx, () => {
      const raw = (ctx.book as EmuWorkbook).settings.get(key);
      return raw === undefined ? null : { value: JSON.parse(raw) };
    });
  }
  protected read(t: { value: unknown }, prop: string): unknown {
    return prop === "key" ? this.key : prop === "value" ? t.value : undefined;
  }
  get value(): unknown {
    return this.get("value");
  }
  delete(): void {
    this.write(null, () => this.ctx.book.settings.delete(this.key));
  }
}
