import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { normalizeZip } from "../../src/io/normalizeZip";

/** Fixed zip time of every corpus file we zip ourselves, so the script is repeatable. */
const ZIP_TIME = "2021-05-01T08:00:00Z";

const xmlEscape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The parts of an .xlsx, edited as XML text: the damage a unit's clerk (or their software) does
 * that our writer cannot express — merged input cells, cached errors, formulas in input cells,
 * renamed, deleted or reordered sheets, inserted or deleted rows.
 *
 * @example const x = XlsxParts.of(bytes); x.renameSheet("B2 Kết quả thực hiện", "Bieu 2"); x.bytes()
 */
export class XlsxParts {
  private constructor(private readonly parts: Record<string, Uint8Array>) {}

  static of(bytes: Uint8Array): XlsxParts {
    return new XlsxParts(unzipSync(bytes));
  }

  text(name: string): string {
    const part = this.parts[name];
    if (!part) throw new Error(`no part ${name}`);
    return strFromU8(part);
  }

  setText(name: string, text: string): void {
    this.parts[name] = strToU8(text);
  }

  setBytes(name: string, bytes: Uint8Array): void {
    this.parts[name] = bytes;
  }

  edit(name: string, change: (xml: string) => string): void {
    const before = this.text(name);
    const after = change(before);
    if (after === before) throw new Error(`edit of ${name} changed nothing`);
    this.setText(name, after);
  }

  /** Path of a worksheet part by tab name, through workbook.xml and its relationships. */
  sheetPath(sheetName: string): string {
    const sheet = this.sheetElements().find((s) => attr(s, "name") === xmlEscape(sheetName));
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const id = attr(sheet, "r:id");
    const rel = this.text("xl/_rels/workbook.xml.rels").match(
      new RegExp(`<Relationship [^>]*Id="${id}"[^>]*/>`),
    )?.[0];
    const target = rel && attr(rel, "Target");
    if (!target) throw new Error(`no relationship ${id}`);
    return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  }

  editSheet(sheetName: string, change: (xml: string) => string): void {
    this.edit(this.sheetPath(sheetName), change);
  }

  renameSheet(from: string, to: string): void {
    this.edit("xl/workbook.xml", (xml) =>
      xml.replace(`name="${xmlEscape(from)}"`, `name="${xmlEscape(to)}"`),
    );
  }

  /** Removes a sheet from the workbook with its part, relationship and content type. */
  deleteSheet(sheetName: string): void {
    const path = this.sheetPath(sheetName);
    const sheet = this.sheetElements().find((s) => attr(s, "name") === xmlEscape(sheetName))!;
    const id = attr(sheet, "r:id");
    this.edit("xl/workbook.xml", (xml) => xml.replace(sheet, ""));
    this.edit("xl/_rels/workbook.xml.rels", (xml) =>
      xml.replace(new RegExp(`<Relationship [^>]*Id="${id}"[^>]*/>`), ""),
    );
    this.edit("[Content_Types].xml", (xml) =>
      xml.replace(new RegExp(`<Override PartName="/${path}"[^>]*/>`), ""),
    );
    delete this.parts[path];
  }

  /** Puts the sheets in the given order of tab names (others keep their relative order after). */
  reorderSheets(first: string[]): void {
    this.edit("xl/workbook.xml", (xml) => {
      const all = this.sheetElements();
      const byName = (n: string) => all.find((s) => attr(s, "name") === xmlEscape(n))!;
      const ordered = [
        ...first.map(byName),
        ...all.filter((s) => !first.some((n) => byName(n) === s)),
      ];
      return xml.replace(/<sheets>.*<\/sheets>/s, `<sheets>${ordered.join("")}</sheets>`);
    });
  }

  /** The edited workbook, zipped deterministically. */
  bytes(): Uint8Array {
    return normalizeZip(zipSync({ ...this.parts }), ZIP_TIME);
  }

  private sheetElements(): string[] {
    return this.text("xl/workbook.xml").match(/<sheet [^>]*\/>/g) ?? [];
  }
}

function attr(element: string, name: string): string | undefined {
  return element.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
}

/** The `<c>` element of a cell in sheet XML, or undefined when the row holds none. */
export function cellElement(xml: string, ref: string): string | undefined {
  return xml.match(new RegExp(`<c r="${ref}"(?:[^>]*/>|[^>]*>.*?</c>)`))?.[0];
}

/**
 * Replaces the content of a cell, keeping its style: `type` is its `t` attribute ("e", "str",
 * "inlineStr"…) and `children` its `<f>…</f><v>…</v>`.
 */
export function setCell(
  xml: string,
  ref: string,
  type: string | undefined,
  children: string,
): string {
  const old = cellElement(xml, ref);
  if (!old) throw new Error(`no cell ${ref}`);
  const style = attr(old, "s");
  const s = style ? ` s="${style}"` : "";
  const t = type ? ` t="${type}"` : "";
  return xml.replace(old, `<c r="${ref}"${s}${t}>${children}</c>`);
}

/** Adds merged ranges to a sheet (after the existing ones, as Excel keeps them). */
export function addMerges(xml: string, ranges: string[]): string {
  const add = ranges.map((r) => `<mergeCell ref="${r}"/>`).join("");
  return xml.replace(
    /<mergeCells count="(\d+)">(.*?)<\/mergeCells>/s,
    (_m, n: string, body: string) =>
      `<mergeCells count="${Number(n) + ranges.length}">${body}${add}</mergeCells>`,
  );
}

const REF = /(\$?)([A-Z]{1,3})(\$?)(\d+)/g;

/** Moves every reference at or below `from` (1-based) by `by` rows in an A1 text. */
function shiftRefs(text: string, from: number, by: number): string {
  return text.replace(REF, (m, d1: string, col: string, d2: string, row: string) =>
    Number(row) >= from ? `${d1}${col}${d2}${Number(row) + by}` : m,
  );
}

/**
 * Inserts `count` empty rows before row `at` (1-based) the way Excel does: every cell, merge,
 * validation, pane and same-sheet formula reference at or below it moves down.
 */
export function insertRows(xml: string, at: number, count: number): string {
  return shiftSheet(xml, at, count);
}

/** Deletes row `at` (1-based) as Excel does: the row goes, everything below moves up. */
export function deleteRow(xml: string, at: number): string {
  const row = xml.match(new RegExp(`<row r="${at}"[^>]*(?:/>|>.*?</row>)`))?.[0];
  if (!row) throw new Error(`no row ${at}`);
  return shiftSheet(xml.replace(row, ""), at + 1, -1);
}

function shiftSheet(xml: string, from: number, by: number): string {
  return xml
    .replace(/(<row r=")(\d+)(")/g, (m, a: string, r: string, b: string) =>
      Number(r) >= from ? `${a}${Number(r) + by}${b}` : m,
    )
    .replace(
      / (r|ref|sqref|topLeftCell|activeCell)="([^"]*)"/g,
      (_m, name: string, v: string) => ` ${name}="${shiftRefs(v, from, by)}"`,
    )
    .replace(/<f>(.*?)<\/f>/g, (_m, f: string) => `<f>${shiftRefs(f, from, by)}</f>`);
}

/** Rewrites every shared string with `change` (NFD, legacy encodings…). */
export function mapSharedStrings(parts: XlsxParts, change: (s: string) => string): void {
  parts.edit("xl/sharedStrings.xml", (xml) =>
    xml.replace(
      /(<t[^>]*>)([^<]*)(<\/t>)/g,
      (_m, a: string, t: string, b: string) => `${a}${change(t)}${b}`,
    ),
  );
}
