import { ClientObject } from "./clientObject";
import { DataValidationProxy } from "./dataValidation";
import { EmuError } from "./emuError";
import {
  type RangeTarget,
  type Rect,
  overlaps,
  parseRect,
  quoteName,
  rectAddress,
} from "./geometry";
import { checkMatrix, displayValue, guardFormat, guardLocked, writeInput } from "./guards";
import { RangeAreasProxy } from "./rangeAreas";
import { RangeFormatProxy } from "./rangeFormat";
import { type Ctx, READ_CELL_LIMIT } from "./requestContext";

/** The most merged areas getMergedAreasOrNullObject returns. */
export const MERGED_AREAS_LIMIT = 512;

export class RangeProxy extends ClientObject<RangeTarget> {
  protected readonly scalarProps = [
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "cellCount",
    "values",
    "formulas",
    "numberFormat",
  ];
  readonly format: RangeFormatProxy;
  readonly dataValidation: DataValidationProxy;
  constructor(ctx: Ctx, resolver: () => RangeTarget | null) {
    super(ctx, resolver);
    this.format = new RangeFormatProxy(ctx, () => {
      const t = this.target();
      return t ? { sheet: t.sheet, areas: [t] } : null;
    });
    this.dataValidation = new DataValidationProxy(ctx, this);
  }
  resolveNow(): RangeTarget | null {
    return this.target();
  }
  rect(): Rect {
    return this.must();
  }
  protected read(t: RangeTarget, prop: string): unknown {
    const cells = (t.r2 - t.r1 + 1) * (t.c2 - t.c1 + 1);
    if (["values", "formulas", "numberFormat", "text"].includes(prop) && cells > READ_CELL_LIMIT) {
      throw new EmuError(
        "ResponsePayloadSizeLimitExceeded",
        `Reading ${cells} cells exceeds the limit.`,
      );
    }
    const matrix = (f: (r: number, c: number) => unknown) => {
      const out: unknown[][] = [];
      for (let r = t.r1; r <= t.r2; r++) {
        const row: unknown[] = [];
        for (let c = t.c1; c <= t.c2; c++) row.push(f(r, c));
        out.push(row);
      }
      return out;
    };
    const book = this.ctx.book;
    switch (prop) {
      case "address":
        return `${quoteName(t.sheet.name)}!${rectAddress(t)}`;
      case "rowIndex":
        return t.r1;
      case "columnIndex":
        return t.c1;
      case "rowCount":
        return t.r2 - t.r1 + 1;
      case "columnCount":
        return t.c2 - t.c1 + 1;
      case "cellCount":
        return cells;
      case "values":
        return matrix((r, c) => displayValue(book.value(t.sheet.name, r, c)));
      case "formulas":
        return matrix((r, c) => {
          const cell = t.sheet.cell(r, c);
          return cell?.formula ?? (cell?.value === null || cell === undefined ? "" : cell.value);
        });
      case "numberFormat":
        return matrix((r, c) => t.sheet.cell(r, c)?.numberFormat ?? "General");
    }
    return undefined;
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(m: unknown[][]) {
    this.writeInputs(m);
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(m: unknown[][]) {
    // Office.js takes formulas and constants alike here; text-formatted cells keep "=…" as text.
    this.writeInputs(m);
  }
  /** values and formulas: what a user would type into each cell. */
  private writeInputs(m: unknown[][]): void {
    this.write(m, (t) => {
      const rows = checkMatrix(t, m);
      guardLocked(t);
      const book = this.ctx.book;
      rows.forEach((row, i) =>
        row.forEach((v, j) => {
          const r = t.r1 + i;
          const c = t.c1 + j;
          writeInput(t.sheet.touch(r, c), v);
          book.entered(t.sheet, r, c);
        }),
      );
    });
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(m: string[][]) {
    this.write(m, (t) => {
      const rows = checkMatrix(t, m);
      guardFormat(t.sheet);
      rows.forEach((row, i) =>
        row.forEach((v, j) => (t.sheet.touch(t.r1 + i, t.c1 + j).numberFormat = String(v))),
      );
    });
  }
  merge(across = false): void {
    this.ctx.requires("1.2", "Range.merge");
    this.write(across, (t) => {
      guardFormat(t.sheet);
      const rects = across
        ? Array.from({ length: t.r2 - t.r1 + 1 }, (_, i) => ({ ...t, r1: t.r1 + i, r2: t.r1 + i }))
        : [t];
      for (const r of rects) {
        if (r.r1 === r.r2 && r.c1 === r.c2) continue;
        const clash = t.sheet.merges.find((m) => overlaps(parseRect(m), r));
        if (clash)
          throw new EmuError("InvalidOperation", `Cannot merge: overlaps merged range ${clash}.`);
        t.sheet.merges.push(rectAddress(r));
      }
    });
  }
  /** Range.clear (ExcelApi 1.1): contents, formats (and with them merges) or both. */
  clear(applyTo = "All"): void {
    this.write(applyTo, (t) => {
      guardLocked(t);
      const contents = applyTo === "All" || applyTo === "Contents";
      const formats = applyTo === "All" || applyTo === "Formats";
      for (const [r, row] of t.sheet.cells)
        for (const [c, cell] of row) {
          if (r < t.r1 || r > t.r2 || c < t.c1 || c > t.c2) continue;
          if (contents) {
            cell.value = null;
            cell.formula = undefined;
            cell.quotePrefix = undefined;
          }
          if (formats) {
            cell.format = { locked: true };
            cell.numberFormat = "General";
          }
        }
      if (formats) t.sheet.merges = t.sheet.merges.filter((m) => !overlaps(parseRect(m), t));
    });
  }
  /** Range.unmerge (ExcelApi 1.2). */
  unmerge(): void {
    this.ctx.requires("1.2", "Range.unmerge");
    this.write(null, (t) => {
      guardFormat(t.sheet);
      t.sheet.merges = t.sheet.merges.filter((m) => !overlaps(parseRect(m), t));
    });
  }
  select(): void {
    this.write(null, (t) => {
      if (t.sheet.visibility !== "Visible")
        throw new EmuError("InvalidOperation", "Cannot select on a hidden sheet.");
      this.ctx.book.activeSheet = t.sheet.name;
      this.ctx.book.selection = { sheet: t.sheet.name, address: rectAddress(t) };
    });
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.ctx.requires("1.13", "Range.getMergedAreasOrNullObject");
    const p = new RangeAreasProxy(this.ctx, () => {
      const t = this.must();
      const areas = t.sheet.merges.map(parseRect).filter((m) => overlaps(m, t));
      // "if the merged areas count in this range is more than 512, then this method will fail to
      // return the result" (Range.getMergedAreasOrNullObject,
      // https://learn.microsoft.com/javascript/api/excel/excel.range). The error it fails with is
      // not documented; the emulation fails the sync with GeneralException.
      if (areas.length > MERGED_AREAS_LIMIT)
        throw new EmuError(
          "GeneralException",
          `getMergedAreasOrNullObject: ${areas.length} merged areas, more than ${MERGED_AREAS_LIMIT}.`,
        );
      return areas.length ? { sheet: t.sheet, areas } : null;
    });
    this.ctx.enqueue(0, () => p.resolveNow());
    return p;
  }
}
