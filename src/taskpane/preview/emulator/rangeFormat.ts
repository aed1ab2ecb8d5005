import { jsonBytes } from "../../host/jsonBytes";
import { EmuError, notLoaded } from "./emuError";
import { type AreasTarget } from "./geometry";
import { guardFormat } from "./guards";
import { type Ctx } from "./requestContext";
import { type EmuCell } from "./workbookModel";

export type FormatKey = keyof EmuCell["format"];

/** Format objects write straight through to every cell of every area. */
export class RangeFormatProxy {
  readonly fill: { color: string };
  readonly font: { name: string; bold: boolean; italic: boolean; size: number; color: string };
  readonly protection: { locked: boolean };
  readonly borders: { getItem(index: string): { style: string; color: string; weight: string } };
  constructor(
    private readonly ctx: Ctx,
    private readonly areas: () => AreasTarget | null,
  ) {
    const prop = <K extends FormatKey>(key: K, formatting = true) => ({
      get: (): never => {
        throw notLoaded(String(key));
      },
      set: (v: EmuCell["format"][K]) => this.apply(v, (cell) => (cell.format[key] = v), formatting),
    });
    this.fill = Object.defineProperty({} as { color: string }, "color", prop("fill"));
    const font = {} as {
      name: string;
      bold: boolean;
      italic: boolean;
      size: number;
      color: string;
    };
    Object.defineProperty(font, "name", prop("fontName"));
    Object.defineProperty(font, "bold", prop("bold"));
    Object.defineProperty(font, "italic", prop("italic"));
    Object.defineProperty(font, "size", prop("size"));
    Object.defineProperty(font, "color", prop("color"));
    this.font = font;
    this.protection = Object.defineProperty({} as { locked: boolean }, "locked", prop("locked"));
    this.borders = {
      getItem: (index: string) => {
        const border = {} as { style: string; color: string; weight: string };
        Object.defineProperty(border, "style", {
          get: () => {
            throw notLoaded("style");
          },
          set: (v: string) => {
            this.apply(
              v,
              (cell) => {
                if (v === "Continuous") cell.format.border = "thin";
                else if (v === "None") delete cell.format.border;
              },
              true,
              index,
            );
          },
        });
        Object.defineProperty(border, "color", {
          set: (v: string) => {
            this.apply(v, () => undefined);
          },
        });
        Object.defineProperty(border, "weight", {
          set: (v: string) => {
            this.apply(v, () => undefined);
          },
        });
        return border;
      },
    };
  }
  set horizontalAlignment(v: string) {
    this.apply(v, (c) => (c.format.horizontal = v));
  }
  set verticalAlignment(v: string) {
    this.apply(v, (c) => (c.format.vertical = v));
  }
  set wrapText(v: boolean) {
    this.apply(v, (c) => (c.format.wrap = v));
  }
  set columnWidth(v: number) {
    this.setSize("RangeFormat.columnWidth", v, (t, a) => {
      for (let c = a.c1; c <= a.c2; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  /** Row height in points (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-rowheight-member). */
  set rowHeight(v: number) {
    this.setSize("RangeFormat.rowHeight", v, (t, a) => {
      for (let r = a.r1; r <= a.r2; r++) t.sheet.rowHeights.set(r, v);
    });
  }
  /** Column widths and row heights (ExcelApi 1.2) belong to the sheet, not to its cells. */
  private setSize(
    member: string,
    v: number,
    f: (t: AreasTarget, area: AreasTarget["areas"][number]) => void,
  ): void {
    this.ctx.requires("1.2", member);
    this.ctx.enqueue(jsonBytes(v), () => {
      const t = this.areas();
      if (!t) throw new EmuError("InvalidObjectPath", "null range");
      guardFormat(t.sheet);
      for (const a of t.areas) f(t, a);
    });
  }
  private apply(arg: unknown, f: (cell: EmuCell) => void, formatting = true, tag?: string): void {
    this.ctx.enqueue(jsonBytes(tag ? [tag, arg] : arg), () => {
      const t = this.areas();
      if (!t) throw new EmuError("InvalidObjectPath", "null range");
      if (formatting) guardFormat(t.sheet);
      for (const a of t.areas) {
        for (let r = a.r1; r <= a.r2; r++)
          for (let c = a.c1; c <= a.c2; c++) f(t.sheet.touch(r, c));
      }
    });
  }
}
