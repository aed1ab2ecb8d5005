import type { PlanValidation } from "../../shared/model";
import { toExcelValidation, type XlsxDataValidation } from "../toExcelValidation";
import { escapeXml } from "./escapeXml";
import { columnName, decodeAddress, decodeRange } from "./excelRef";

interface Entry {
  address: string;
  /** The element without its sqref: two validations are the same rule when this is the same. */
  rule: string;
  dv: XlsxDataValidation;
  marked: boolean;
}

/**
 * A sheet's `<dataValidations>` (ECMA-376 Part 1, §18.3.1.33; empty string when there are none).
 * The same range given twice keeps the later rule; the elements come in the order of their range
 * text, so the bytes do not depend on the order the plan lists them in; a range is written as
 * given, and single cells holding the same rule are written as one rectangle (its sqref), which
 * Excel and LibreOffice read as the same cells. (This order and grouping are those of ExcelJS 4.4,
 * the writer this replaced, so templates kept their bytes; rules are compared exactly, where
 * ExcelJS took any two date rules for the same.)
 *
 * @example dataValidationsXml([{ range: "E5", kind: "list", list: ["Có", "Không"] }])
 *   // '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="E5">…'
 */
export function dataValidationsXml(validations: PlanValidation[]): string {
  if (validations.length === 0) return "";
  const model = new Map<string, XlsxDataValidation>();
  for (const v of validations) model.set(v.range, toExcelValidation(v));

  const list: Entry[] = [...model.entries()]
    .map(([address, dv]) => ({ address, rule: render(dv, ""), dv, marked: false }))
    .sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  const byAddress = new Map(list.map((e) => [e.address, e]));
  const same = (address: string, rule: string): boolean => byAddress.get(address)?.rule === rule;

  const out: string[] = [];
  for (const e of list) {
    if (e.marked) continue;
    const range = decodeRange(e.address);
    if (range.isRange) {
      const key = `${columnName(range.left)}${range.top}:${columnName(range.right)}${range.bottom}`;
      mark(byAddress, key);
      out.push(render(e.dv, e.address));
      continue;
    }
    const { row, col } = decodeAddress(e.address);
    let height = 1;
    while (same(columnName(col) + (row + height), e.rule)) height++;
    let width = 1;
    const columnMatches = (c: number) => {
      for (let i = 0; i < height; i++) {
        if (!same(columnName(c) + (row + i), e.rule)) return false;
      }
      return true;
    };
    while (columnMatches(col + width)) width++;
    for (let i = 0; i < height; i++) {
      for (let j = 0; j < width; j++) mark(byAddress, columnName(col + j) + (row + i));
    }
    const sqref =
      height > 1 || width > 1
        ? `${e.address}:${columnName(col + width - 1)}${row + height - 1}`
        : e.address;
    out.push(render(e.dv, sqref));
  }
  return `<dataValidations count="${out.length}">${out.join("")}</dataValidations>`;
}

/** Marks a validation as written (a range written as given, e.g. "$D$5:D9", has no other key). */
function mark(byAddress: Map<string, Entry>, address: string): void {
  const e = byAddress.get(address);
  if (e) e.marked = true;
}

/** The element (§18.3.1.32); "between", the default operator, is left out. */
function render(dv: XlsxDataValidation, sqref: string): string {
  let xml = `<dataValidation type="${dv.type}"`;
  if (dv.operator && dv.type !== "list" && dv.operator !== "between") {
    xml += ` operator="${dv.operator}"`;
  }
  if (dv.allowBlank) xml += ' allowBlank="1"';
  if (dv.showInputMessage) xml += ' showInputMessage="1"';
  if (dv.prompt) xml += ` prompt="${escapeXml(dv.prompt)}"`;
  if (dv.showErrorMessage) xml += ' showErrorMessage="1"';
  if (dv.errorStyle) xml += ` errorStyle="${dv.errorStyle}"`;
  if (dv.error) xml += ` error="${escapeXml(dv.error)}"`;
  xml += ` sqref="${escapeXml(sqref)}"`;
  const formulae = dv.formulae ?? [];
  if (formulae.length === 0) return `${xml}/>`;
  xml += ">";
  formulae.forEach((f, i) => {
    xml += `<formula${i + 1}>${escapeXml(String(f))}</formula${i + 1}>`;
  });
  return `${xml}</dataValidation>`;
}
