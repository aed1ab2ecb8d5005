import { type ApplicationProxy } from "./application";
import { NamedItemCollectionProxy } from "./namedItems";
import { type Ctx } from "./requestContext";
import { WorksheetCollectionProxy } from "./worksheetCollection";

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  constructor(private readonly ctx: Ctx) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.names = new NamedItemCollectionProxy(ctx);
  }
  get application(): ApplicationProxy {
    return this.ctx.application;
  }
}
