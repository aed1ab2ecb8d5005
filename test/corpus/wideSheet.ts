import { strToU8, zipSync } from "fflate";
import { columnLetters } from "../../src/shared/a1/a1";

const part = (xml: string) =>
  strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`);
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';

/**
 * A minimal .xlsx with one sheet of `rows` × `cols` one-digit numbers: small when zipped, huge
 * when parsed (100,000 × 60 = 6 million cells in 19 MB). Made at test time.
 *
 * @example readWorkbook(wideSheetWorkbook(10, 3), "w.xlsx").sheets[0].rows[0] // [0, 1, 2]
 */
export function wideSheetWorkbook(rows: number, cols: number): Uint8Array {
  const letters = Array.from({ length: cols }, (_, c) => columnLetters(c));
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < cols; c++) row += `<c r="${letters[c]}${r}"><v>${(r + c - 1) % 10}</v></c>`;
    body.push(`${row}</row>`);
  }
  return zipSync({
    "[Content_Types].xml": part(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    "_rels/.rels": part(
      `<Relationships ${RELS}><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": part(
      `<workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Dữ liệu" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": part(
      `<Relationships ${RELS}><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    "xl/worksheets/sheet1.xml": part(
      `<worksheet ${NS}><sheetData>${body.join("")}</sheetData></worksheet>`,
    ),
  });
}
