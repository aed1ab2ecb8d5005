import { jsonBytes } from "../../host/jsonBytes";
import { ClientObject } from "./clientObject";
import { EmuError } from "./emuError";
import { FreezePanesProxy } from "./freezePanes";
import { type Rect, parseRect } from "./geometry";
import { checkSheetName } from "./guards";
import { RangeProxy } from "./range";
import { RangeAreasProxy } from "./rangeAreas";
import { type Ctx } from "./requestContext";
import { type EmuSheet, type EmuVisibility, type EmuWorkbook } from "./workbookModel";
import { ProtectionProxy } from "./worksheetProtection";

export class WorksheetProxy extends ClientObject<EmuSheet> {
  protected readonly scalarProps = ["name", "visibility", "position", "tabColor", "id"];
  readonly freezePanes: FreezePanesProxy;
  readonly protection: ProtectionProxy;
  constructor(ctx: Ctx, resolver: () => EmuSheet | null) {
    super(ctx, resolver);
    this.freezePanes = new FreezePanesProxy(ctx, this);
    this.protection = new ProtectionProxy(ctx, this);
  }
  /** Resolves the target (apply phase only). */
  emuSheet(): EmuSheet | null {
    return this.target();
  }
  snapshot(props: string[] | undefined): void {
    const t = this.target();
    this.props.set("isNullObject", t === null);
    if (!t) return;
    for (const p of props ?? this.scalarProps) this.props.set(p, this.read(t, p));
  }
  protected read(s: EmuSheet, prop: string): unknown {
    switch (prop) {
      case "name":
        return s.name;
      case "visibility":
        return s.visibility;
      case "position":
        return this.ctx.book.sheets.indexOf(s);
      case "tabColor":
        return s.tabColor;
      case "id":
        return `{${s.id}}`;
    }
    return undefined;
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.write(v, (s) => {
      const other = this.ctx.book.sheet(v);
      if (other && other !== s)
        throw new EmuError("ItemAlreadyExists", `Sheet '${v}' already exists.`);
      checkSheetName(v);
      const old = s.name;
      s.name = v;
      renameInNames(this.ctx.book, old, v);
    });
  }
  get visibility(): EmuVisibility {
    return this.get("visibility");
  }
  set visibility(v: EmuVisibility) {
    this.write(v, (s) => {
      if (v !== "Visible" && s.visibility === "Visible") {
        const visible = this.ctx.book.sheets.filter((x) => x.visibility === "Visible");
        if (visible.length === 1) {
          throw new EmuError(
            "InvalidOperation",
            "A workbook must contain at least one visible worksheet.",
          );
        }
      }
      s.visibility = v;
    });
  }
  get tabColor(): string {
    return this.get("tabColor");
  }
  set tabColor(v: string) {
    this.write(v, (s) => (s.tabColor = v));
  }
  get position(): number {
    return this.get("position");
  }
  delete(): void {
    this.write(null, (s) => {
      const book = this.ctx.book;
      const visible = book.sheets.filter((x) => x.visibility === "Visible");
      if (s.visibility === "Visible" && visible.length === 1) {
        throw new EmuError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
        );
      }
      book.sheets = book.sheets.filter((x) => x !== s);
      for (const [n, f] of book.names) if (refersTo(f, s.name)) book.names.set(n, "=#REF!");
      if (book.activeSheet === s.name)
        book.activeSheet = book.sheets.find((x) => x.visibility === "Visible")?.name;
      if (book.selection?.sheet === s.name) book.selection = undefined;
    });
  }
  activate(): void {
    this.write(null, (s) => {
      if (s.visibility !== "Visible")
        throw new EmuError("InvalidOperation", "Cannot activate a hidden sheet.");
      this.ctx.book.activeSheet = s.name;
    });
  }
  getRange(address?: string): RangeProxy {
    return this.range(address ?? "", () => {
      if (!address) return { r1: 0, c1: 0, r2: 1048575, c2: 16383 };
      return parseRect(address);
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return this.range([row, col, rows, cols], () => {
      if (rows < 1 || cols < 1)
        throw new EmuError("InvalidArgument", "Range size must be positive.");
      return { r1: row, c1: col, r2: row + rows - 1, c2: col + cols - 1 };
    });
  }
  private range(arg: unknown, rect: () => Rect): RangeProxy {
    const p = new RangeProxy(this.ctx, () => {
      const s = this.target();
      return s ? { sheet: s, ...rect() } : null;
    });
    this.ctx.enqueue(jsonBytes(arg), () => p.resolveNow());
    return p;
  }
  getRanges(addresses: string): RangeAreasProxy {
    const p = new RangeAreasProxy(this.ctx, () => {
      const s = this.target();
      return s ? { sheet: s, areas: addresses.split(",").map((a) => parseRect(a)) } : null;
    });
    this.ctx.enqueue(jsonBytes(addresses), () => p.resolveNow());
    return p;
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    const p = new RangeProxy(this.ctx, () => {
      const s = this.target();
      const b = s?.usedBounds(!!valuesOnly);
      return s && b ? { sheet: s, ...b } : null;
    });
    this.ctx.enqueue(0, () => p.resolveNow());
    return p;
  }
}

export function refersTo(formula: string, sheet: string): boolean {
  const q = `'${sheet.replace(/'/g, "''")}'!`;
  return formula.includes(q) || formula.includes(`=${sheet}!`);
}

export function renameInNames(book: EmuWorkbook, from: string, to: string): void {
  const q = (n: string) => `'${n.replace(/'/g, "''")}'!`;
  for (const [n, f] of book.names) book.names.set(n, f.split(q(from)).join(q(to)));
}
