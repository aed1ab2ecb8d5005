import { jsonBytes } from "../../host/jsonBytes";
import { ClientObject } from "./clientObject";
import { EmuError, notLoaded } from "./emuError";
import { type RangeProxy } from "./range";
import { type Ctx } from "./requestContext";
import { type EmuWorkbook } from "./workbookModel";

export class NamedItemCollectionProxy extends ClientObject<EmuWorkbook> {
  protected readonly scalarProps = ["items"];
  constructor(ctx: Ctx) {
    super(ctx, () => ctx.book);
  }
  protected read(book: EmuWorkbook): unknown {
    return [...book.names.entries()].map(
      ([name, formula]) => new NamedItemProxy(this.ctx, name, { name, formula }),
    );
  }
  get items(): NamedItemProxy[] {
    return this.get("items");
  }
  override load(spec?: unknown): this {
    // NamedItem.formula came with ExcelApi 1.7, later than the collection (1.1).
    if (JSON.stringify(spec ?? "").includes("formula"))
      this.ctx.requires("1.7", "NamedItem.formula");
    return super.load(spec);
  }
  add(name: string, reference: string | RangeProxy, comment?: string): NamedItemProxy {
    this.ctx.requires("1.4", "NamedItemCollection.add");
    const formula = typeof reference === "string" ? reference : "";
    this.ctx.enqueue(jsonBytes([name, formula, comment ?? ""]), () => {
      const book = this.ctx.book;
      if (
        !/^[A-Za-z_\\\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*$/.test(name) ||
        /^[A-Za-z]{1,3}\d+$/.test(name)
      ) {
        throw new EmuError("InvalidArgument", `Invalid name '${name}'.`);
      }
      if ([...book.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) {
        throw new EmuError("ItemAlreadyExists", `The name '${name}' already exists.`);
      }
      const f = formula.startsWith("=") ? formula : `=${formula}`;
      const bang = f.lastIndexOf("!");
      let sheet = f.slice(1, bang);
      if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
      if (bang < 0 || !book.sheet(sheet))
        throw new EmuError("InvalidArgument", `Invalid reference '${formula}'.`);
      book.names.set(name, f);
    });
    return new NamedItemProxy(this.ctx, name);
  }
  getItem(name: string): NamedItemProxy {
    this.ctx.enqueue(jsonBytes(name), () => {
      const found = [...this.ctx.book.names.keys()].some(
        (n) => n.toLowerCase() === name.toLowerCase(),
      );
      if (!found)
        throw new EmuError("ItemNotFound", `The requested resource doesn't exist: name '${name}'.`);
    });
    return new NamedItemProxy(this.ctx, name);
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    this.ctx.requires("1.4", "NamedItemCollection.getItemOrNullObject");
    return new NamedItemProxy(this.ctx, name);
  }
}

export class NamedItemProxy {
  constructor(
    private readonly ctx: Ctx,
    private readonly key: string,
    private readonly loaded?: { name: string; formula: string },
  ) {}
  toJSON(): unknown {
    return this.loaded ?? null;
  }
  get name(): string {
    if (!this.loaded) throw notLoaded("name");
    return this.loaded.name;
  }
  get formula(): string {
    if (!this.loaded) throw notLoaded("formula");
    return this.loaded.formula;
  }
  delete(): void {
    this.ctx.enqueue(jsonBytes(this.key), () => {
      const book = this.ctx.book;
      const k = [...book.names.keys()].find((n) => n.toLowerCase() === this.key.toLowerCase());
      if (k) book.names.delete(k);
    });
  }
}
