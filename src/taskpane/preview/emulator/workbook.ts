import { type ApplicationProxy } from "./application";
import { NamedItemCollectionProxy } from "./namedItems";
import { type Ctx } from "./requestContext";
import { SettingCollectionProxy } from "./settings";
import { WorkbookProtectionProxy } from "./workbookProtection";
import { WorksheetCollectionProxy } from "./worksheetCollection";

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly protection: WorkbookProtectionProxy;
  readonly settings: SettingCollectionProxy;
  constructor(private readonly ctx: Ctx) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.names = new NamedItemCollectionProxy(ctx);
    this.protection = new WorkbookProtectionProxy(ctx);
    this.settings = new SettingCollectionProxy(ctx);
  }
  get application(): ApplicationProxy {
    return this.ctx.application;
  }
}
