import type { Grid } from "../../shared/model";
import { listZipEntries } from "../listZipEntries";
import { decodePart } from "./decodePart";
import { memoLast } from "./memoLast";
import { readCellFormats } from "./readCellFormats";
import { readContentTypes } from "./readContentTypes";
import { readRelationships } from "./readRelationships";
import { readSharedStrings } from "./readSharedStrings";
import { readSheetXml } from "./readSheetXml";
import { readWorkbookXml } from "./readWorkbookXml";

export interface FastReadOptions {
  /** Called with the number of cells kept per sheet, as sheetToGrid does; throws to stop. */
  count: (cells: number) => void;
  /** Tells whether a number format is a date format (cached per format by the caller). */
  isDateFormat: (format: string) => boolean;
}

const WORKSHEET_TYPES = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet",
];
/** Relationships that make SheetJS add cells to a sheet (comments become stub cells). */
const CELL_MAKING_TYPES = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
];

const contentTypesOf = memoLast(readContentTypes);
const workbookOf = memoLast(readWorkbookXml);
const relationshipsOf = memoLast(readRelationships);
const formatsOf = memoLast(readCellFormats);

/** Thrown inside the reader to decline; never escapes it. */
class Decline extends Error {}

/**
 * Reads an ordinary .xlsx/.xlsm from its bytes and checked, inflated parts (checkReadLimits'
 * result) into
 * exactly the Grids that SheetJS followed by sheetToGrid gives — same values, dates, errors,
 * formulas, merges, states, ragged rows and `count` calls — at the cost of one scan of each
 * part. Returns undefined to decline whenever the file holds anything whose reading it does not
 * reproduce to the letter; the caller then lets SheetJS read it. Browser-safe.
 *
 * @example readXlsxFast(bytes, checkReadLimits(bytes, name, "xlsx", limits), { count, isDateFormat })
 */
export function readXlsxFast(
  bytes: Uint8Array,
  parts: ReadonlyMap<string, Uint8Array>,
  opts: FastReadOptions,
): Grid[] | undefined {
  let grids: Grid[] | undefined;
  try {
    // Entries of the same name collapse in `parts`; SheetJS would pick one of its own.
    if (listZipEntries(bytes)?.length !== parts.size) return undefined;
    grids = readGrids(parts, opts.isDateFormat);
  } catch {
    return undefined;
  }
  if (!grids) return undefined;
  // Counted only once every sheet is read: a declined read must not have counted anything.
  for (const grid of grids) {
    let kept = 0;
    for (const row of grid.rows) kept += row.length + 1;
    opts.count(kept);
  }
  return grids;
}

function readGrids(
  parts: ReadonlyMap<string, Uint8Array>,
  isDateFormat: (format: string) => boolean,
): Grid[] | undefined {
  // Part names are compared as case-insensitive ASCII (ECMA-376 Part 2, §9.1.1.1.4), as Excel
  // and SheetJS do ("[content_types].xml"): names must be unambiguous.
  const byLowerName = new Map<string, Uint8Array>();
  for (const [name, bytes] of parts) {
    const lower = name.toLowerCase();
    if (byLowerName.has(lower)) return undefined;
    byLowerName.set(lower, bytes);
  }
  const part = (name: string): Uint8Array | undefined =>
    parts.get(name) ?? byLowerName.get(name.toLowerCase());
  const text = (name: string): string => {
    const decoded = decodePart(part(name));
    if (decoded === undefined) throw new Decline();
    return decoded;
  };
  // Other kinds of zip that SheetJS recognises first.
  for (const other of ["meta-inf/manifest.xml", "objectdata.xml", "index/document.iwa"])
    if (byLowerName.has(other)) return undefined;

  const types = contentTypesOf(text("[Content_Types].xml"));
  if (!types || types.parts.some((p) => part(withoutSlash(p)) === undefined)) return undefined;
  const workbookPath = types.workbook || (part("xl/workbook.xml") ? "xl/workbook.xml" : "");
  if (!workbookPath.endsWith(".xml") || (!types.strings.endsWith(".xml") && types.strings))
    return undefined;
  if (types.styles && !types.styles.endsWith(".xml")) return undefined;

  const workbook = workbookOf(text(withoutSlash(workbookPath)));
  if (!workbook) return undefined;
  const slash = workbookPath.lastIndexOf("/");
  let relsPath = withoutSlash(
    `${workbookPath.slice(0, slash + 1)}_rels/${workbookPath.slice(slash + 1)}.rels`,
  );
  if (!part(relsPath)) relsPath = "xl/_rels/workbook.xml.rels";
  const rels = relationshipsOf(text(relsPath));
  if (!rels) return undefined;

  const strings = types.strings ? readSharedStrings(text(withoutSlash(types.strings))) : undefined;
  if (types.strings && !strings) return undefined;
  const formats = formatsOf(types.styles ? text(withoutSlash(types.styles)) : "");
  if (!formats) return undefined;
  const ctx = { strings, formats, isDateFormat, serialOffset: workbook.date1904 ? 1462 : 0 };

  const names = new Set(workbook.sheets.map((s) => s.name));
  if (names.size !== workbook.sheets.length) return undefined;
  const grids: Grid[] = [];
  for (const sheet of workbook.sheets) {
    const rel = rels.get(sheet.id);
    if (!rel || (rel.type && !WORKSHEET_TYPES.includes(rel.type))) return undefined;
    // SheetJS does not decode targets from UTF-8 (it would look for another name).
    if (/[^\x20-\x7e]/.test(rel.target)) return undefined;
    const path = `xl/${rel.target.replace(/[/]?xl\//, "")}`;
    if (path.endsWith(".bin") || !part(path)) return undefined;
    const xml = text(path);
    const sheetRelsPath = path.replace(/^(.*)(\/)([^/]*)$/, "$1/_rels/$3.rels");
    if (part(sheetRelsPath)) {
      const sheetRels = readRelationships(text(sheetRelsPath));
      if (!sheetRels) return undefined;
      for (const r of sheetRels.values())
        if (r.type && CELL_MAKING_TYPES.includes(r.type)) return undefined;
      // A legacy drawing (notes' shapes) resolved through them also makes cells.
      if (xml.indexOf("legacyDrawing") !== -1) return undefined;
    }
    const grid = readSheetXml(xml, sheet.name, sheet.state, ctx);
    if (!grid) return undefined;
    grids.push(grid);
  }
  return grids;
}

function withoutSlash(name: string): string {
  return name.charAt(0) === "/" ? name.slice(1) : name;
}
