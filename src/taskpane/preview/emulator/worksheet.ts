import { jsonBytes } from "../../host/jsonBytes";
import { ClientObject } from "./clientObject";
import { EmuError } from "./emuError";
import { FreezePanesProxy } from "./freezePanes";
import { type Rect, parseRect } from "./geometry";
import { PageBreaksProxy, PageLayoutProxy } from "./pageLayout";
import { checkSheetName, guardStructure } from "./guards";
import { RangeProxy } from "./range";
import { RangeAreasProxy } from "./rangeAreas";
import { type Ctx } from "./requestContext";
import { type EmuSheet, type EmuVisibility, type EmuWorkbook } from "./workbookModel";
import { ProtectionProxy } from "./worksheetProtection";

export class WorksheetProxy extends ClientObject<EmuSheet> {
  protected readonly scalarProps = ["name", "visibility", "position", "tabColor", "id"];
  readonly freezePanes: FreezePanesProxy;
  readonly protection: ProtectionProxy;
  readonly pageLayout: PageLayoutProxy;
  readonly verticalPageBreaks: PageBreaksProxy;
  constructor(ctx: Ctx, resolver: () => EmuSheet | null) {
    super(ctx, resolver);
    this.pageLayout = new PageLayoutProxy(ctx, this);
    this.verticalPageBreaks = new PageBreaksProxy(ctx, this);
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
      guardStructure(this.ctx.book);
      const old = s.name;
      s.name = v;
      renameInNames(this.ctx.book, old, v);
      // "renaming a worksheet still updates any references in formulas to that worksheet"
      // (https://learn.microsoft.com/office/dev/add-ins/excel/performance#suspend-calculation-temporarily)
      this.ctx.book.renameInFormulas(old, v);
    });
  }
  get visibility(): EmuVisibility {
    return this.get("visibility");
  }
  set visibility(v: EmuVisibility) {
    this.write(v, (s) => {
      if (v !== s.visibility) guardStructure(this.ctx.book);
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
    this.ctx.requires("1.7", "Worksheet.tabColor");
    this.write(v, (s) => (s.tabColor = v));
  }
  get position(): number {
    return this.get("position");
  }
  set position(v: number) {
    this.write(v, (s) => {
      guardStructure(this.ctx.book);
      const book = this.ctx.book;
      const rest = book.sheets.filter((x) => x !== s);
      rest.splice(Math.max(0, Math.min(v, rest.length)), 0, s);
      book.sheets = rest;
    });
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
      guardStructure(book);
      book.sheets = book.sheets.filter((x) => x !== s);
      for (const [n, f] of book.names) if (refersTo(f, s.name)) book.names.set(n, "=#REF!");
      // A formula that pointed into a deleted sheet shows #REF! (Excel's own behaviour, as when a
      // user deletes a sheet: https://support.microsoft.com/office/how-to-correct-a-ref-error-822c8e46-e610-4d01-9b72-7f4a0f7c6b0c).
      book.breakReferencesTo(s.name);
      if (book.activeSheet === s.name)
        book.activeSheet = book.sheets.find((x) => x.visibility === "Visible")?.name;
      if (book.selection?.sheet === s.name) book.selection = undefined;
    });
  }
  /**
   * Worksheet.copy (ExcelApi 1.10): a copy at the end named "Name (2)", as Excel names copies; it
   * keeps cells, formats, merges, validations, widths, freeze panes, protection and visibility.
   */
  copy(positionType = "End"): WorksheetProxy {
    this.ctx.requires("1.10", "Worksheet.copy");
    let created: EmuSheet | null = null;
    const p = new WorksheetProxy(this.ctx, () => created);
    this.ctx.enqueue(jsonBytes(positionType), () => {
      const s = this.must();
      guardStructure(this.ctx.book);
      created = this.ctx.book.copySheet(s);
      p.emuSheet();
    });
    return p;
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
    this.ctx.requires("1.7", "Worksheet.getRangeByIndexes");
    return this.range([row, col, rows, cols], () => {
      if (rows < 1 || cols < 1)
        throw new EmuError("InvalidArgument", "Range size must be positive.");
      return { r1: row, c1: col, r2: row + rows - 1, c2: col + cols - 1 };
    });
  }
  private range(arg: unknown, rect: () => Rect): RangeProxy {
    const p = new RangeProxy(this.ctx, () => ({ sheet: this.must(), ...rect() }));
    this.ctx.enqueue(jsonBytes(arg), () => p.resolveNow());
    return p;
  }
  getRanges(addresses: string): RangeAreasProxy {
    this.ctx.requires("1.9", "Worksheet.getRanges");
    const p = new RangeAreasProxy(this.ctx, () => ({
      sheet: this.must(),
      areas: addresses.split(",").map((a) => parseRect(a)),
    }));
    this.ctx.enqueue(jsonBytes(addresses), () => p.resolveNow());
    return p;
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    this.ctx.requires("1.4", "Worksheet.getUsedRangeOrNullObject");
    const p = new RangeProxy(this.ctx, () => {
      const s = this.must();
      const b = s.usedBounds(!!valuesOnly);
      return b ? { sheet: s, ...b } : null;
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
