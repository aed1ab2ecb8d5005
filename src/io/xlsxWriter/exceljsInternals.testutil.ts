/**
 * ExcelJS 4.4's own XML writers, reached by path: the tests hold each of our parts to the piece of
 * ExcelJS that writes it. Test code only (ExcelJS is not browser-safe and not in the writer).
 */

interface XmlStreamLike {
  xml: string;
}
type Xform = {
  render(stream: XmlStreamLike, model?: unknown): void;
  toXml(model?: unknown): string;
};

export const XmlStream = require("exceljs/lib/utils/xml-stream") as new () => XmlStreamLike;
export const SharedStringsXform =
  require("exceljs/lib/xlsx/xform/strings/shared-strings-xform") as new () => Xform & {
    add(text: string): number;
    readonly xml: string;
  };
export const StylesXform = require("exceljs/lib/xlsx/xform/style/styles-xform") as new (
  init: boolean,
) => Xform & { addStyleModel(style: object, cellType?: number): number; readonly xml: string };
export const DataValidationsXform =
  require("exceljs/lib/xlsx/xform/sheet/data-validations-xform") as new () => Xform;
export const DefinedNames = require("exceljs/lib/doc/defined-names") as new () => {
  add(ref: string, name: string): void;
  readonly model: Array<{ name: string; ranges: string[] }>;
};
export const WorkbookXform =
  require("exceljs/lib/xlsx/xform/book/workbook-xform") as new () => Xform;

/** What an xform writes for a model, without the XML declaration. */
export function render(xform: Xform, model: unknown): string {
  const stream = new XmlStream();
  xform.render(stream, model);
  return stream.xml;
}
