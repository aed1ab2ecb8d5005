import { jsonBytes } from "../../host/jsonBytes";
import { EmuError } from "./emuError";
import { parseRect } from "./geometry";
import { type Ctx } from "./requestContext";
import { type EmuPageSetup, type EmuSheet } from "./workbookModel";
import { type WorksheetProxy } from "./worksheet";

/**
 * Worksheet.pageLayout (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.pagelayout):
 * the members the adapter sets, with the limits Microsoft documents: margins are points and not
 * negative, a zoom scale lies between 10 and 400 (PageLayoutZoomOptions.scale), print titles are
 * whole rows ("$1:$7") or whole columns ("$A:$C"), a print area is a range of the sheet.
 */
export class PageLayoutProxy {
  readonly headersFooters: { defaultForAllPages: { centerHeader: string } };
  constructor(
    private readonly ctx: Ctx,
    private readonly ws: WorksheetProxy,
  ) {
    const centre = {} as { centerHeader: string };
    Object.defineProperty(centre, "centerHeader", {
      set: (v: string) => {
        this.set(v, (p) => (p.centerHeader = v));
      },
    });
    this.headersFooters = { defaultForAllPages: centre };
  }
  private set(arg: unknown, f: (p: EmuPageSetup) => void): void {
    this.ctx.requires("1.9", "Worksheet.pageLayout");
    this.ctx.enqueue(jsonBytes(arg), () => {
      const s: EmuSheet | null = this.ws.emuSheet();
      if (!s) throw new EmuError("InvalidObjectPath", "null worksheet");
      f(s.pageSetup);
    });
  }
  set paperSize(v: string) {
    this.set(v, (p) => (p.paperSize = v));
  }
  set orientation(v: "Portrait" | "Landscape") {
    this.set(v, (p) => (p.orientation = v));
  }
  set blackAndWhite(v: boolean) {
    this.set(v, (p) => (p.blackAndWhite = v));
  }
  set centerHorizontally(v: boolean) {
    this.set(v, (p) => (p.centerHorizontally = v));
  }
  set topMargin(v: number) {
    this.margin("top", v);
  }
  set bottomMargin(v: number) {
    this.margin("bottom", v);
  }
  set leftMargin(v: number) {
    this.margin("left", v);
  }
  set rightMargin(v: number) {
    this.margin("right", v);
  }
  set headerMargin(v: number) {
    this.margin("header", v);
  }
  set footerMargin(v: number) {
    this.margin("footer", v);
  }
  set zoom(v: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
    this.set(v, (p) => {
      if (v.scale !== undefined && (v.scale < 10 || v.scale > 400))
        throw new EmuError("InvalidArgument", "The zoom scale must be between 10 and 400.");
      p.zoom = { ...v };
    });
  }
  setPrintArea(area: string): void {
    this.set(area, (p) => {
      parseRect(area);
      p.printArea = area;
    });
  }
  setPrintTitleRows(rows: string): void {
    this.set(rows, (p) => {
      if (!/^\$?\d+:\$?\d+$/.test(rows))
        throw new EmuError("InvalidArgument", `Print title rows must be whole rows: ${rows}`);
      p.titleRows = rows;
    });
  }
  setPrintTitleColumns(cols: string): void {
    this.set(cols, (p) => {
      if (!/^\$?[A-Z]+:\$?[A-Z]+$/.test(cols))
        throw new EmuError("InvalidArgument", `Print title columns must be whole columns: ${cols}`);
      p.titleColumns = cols;
    });
  }
  private margin(side: keyof EmuPageSetup["margins"], points: number): void {
    this.set(points, (p) => {
      if (!(points >= 0)) throw new EmuError("InvalidArgument", "A margin cannot be negative.");
      p.margins[side] = points;
    });
  }
}

/** Worksheet.verticalPageBreaks (ExcelApi 1.9): a break before the given cell's column. */
export class PageBreaksProxy {
  constructor(
    private readonly ctx: Ctx,
    private readonly ws: WorksheetProxy,
  ) {}
  add(cell: string): void {
    this.ctx.requires("1.9", "Worksheet.verticalPageBreaks");
    this.ctx.enqueue(jsonBytes(cell), () => {
      const s = this.ws.emuSheet();
      if (!s) throw new EmuError("InvalidObjectPath", "null worksheet");
      s.pageSetup.colBreaks.push(parseRect(cell).c1);
    });
  }
}
