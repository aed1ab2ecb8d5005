import { jsonBytes } from "../../host/jsonBytes";
import { ClientObject, parseLoad } from "./clientObject";
import { EmuError } from "./emuError";
import { checkSheetName, guardStructure } from "./guards";
import { type Ctx } from "./requestContext";
import { type EmuSheet, type EmuWorkbook } from "./workbookModel";
import { WorksheetProxy } from "./worksheet";

export class WorksheetCollectionProxy extends ClientObject<EmuWorkbook> {
  protected readonly scalarProps = ["items"];
  constructor(ctx: Ctx) {
    super(ctx, () => ctx.book);
  }
  get items(): WorksheetProxy[] {
    return this.get("items");
  }
  protected read(): unknown {
    return undefined;
  }
  override load(spec?: unknown): this {
    // "items/name,items/visibility" loads those properties of every item in one call.
    const list = parseLoad(spec) ?? ["items"];
    const itemProps = list.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    const plain = list.some((p) => p === "items");
    this.ctx.enqueue(
      jsonBytes(spec ?? ""),
      () => {
        const book = this.must();
        const prev = (this.props.get("items") as WorksheetProxy[] | undefined) ?? [];
        const items = book.sheets.map((s) => {
          const p = prev.find((x) => x.emuSheet() === s) ?? new WorksheetProxy(this.ctx, () => s);
          p.snapshot(plain ? undefined : itemProps);
          return p;
        });
        this.props.set("isNullObject", false);
        this.props.set("items", items);
      },
      () =>
        jsonBytes(this.ctx.book.sheets.map((s) => ({ name: s.name, visibility: s.visibility }))),
    );
    return this;
  }
  getItem(name: string): WorksheetProxy {
    const p = new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.book.sheet(name);
      if (!s)
        throw new EmuError(
          "ItemNotFound",
          `The requested resource doesn't exist: worksheet '${name}'.`,
        );
      return s;
    });
    this.ctx.enqueue(jsonBytes(name), () => p.emuSheet());
    return p;
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    this.ctx.requires("1.4", "WorksheetCollection.getItemOrNullObject");
    const p = new WorksheetProxy(this.ctx, () => this.ctx.book.sheet(name) ?? null);
    this.ctx.enqueue(jsonBytes(name), () => p.emuSheet());
    return p;
  }
  getActiveWorksheet(): WorksheetProxy {
    const p = new WorksheetProxy(
      this.ctx,
      () => this.ctx.book.sheet(this.ctx.book.activeSheet ?? "") ?? this.ctx.book.sheets[0],
    );
    this.ctx.enqueue(0, () => p.emuSheet());
    return p;
  }
  add(name?: string): WorksheetProxy {
    let created: EmuSheet | null = null;
    const p = new WorksheetProxy(this.ctx, () => created);
    this.ctx.enqueue(jsonBytes(name ?? ""), () => {
      const book = this.ctx.book;
      let n = name;
      if (n === undefined) {
        let k = book.sheets.length + 1;
        while (book.sheet(`Sheet${k}`)) k++;
        n = `Sheet${k}`;
      }
      checkSheetName(n);
      guardStructure(book);
      if (book.sheet(n)) {
        throw new EmuError(
          "ItemAlreadyExists",
          `A resource with the same name or identifier already exists: '${n}'.`,
        );
      }
      created = book.addSheet(n);
      p.emuSheet();
    });
    return p;
  }
}
