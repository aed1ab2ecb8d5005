import type { DataValidation } from "exceljs";
import type { PlanValidation } from "../../shared/model";
import { toExcelValidation } from "../toExcelValidation";
import { escapeXml } from "./escapeXml";
import { columnName, decodeAddress, decodeRange } from "./excelRef";

interface Entry {
  address: string;
  dv: DataValidation;
  marked: boolean;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * The `<dataValidations>` element ExcelJS 4.4 writes for a sheet's validations (empty string when
 * there are none). It keys validations by their range text (a later one for the same text wins),
 * sorts the keys as strings, keeps range keys as they are and squeezes single-cell keys with equal
 * validations into rectangles. Its equality sees any two dates as equal; so does this.
 *
 * @example dataValidationsXml([{ range: "E5", kind: "list", list: ["Có", "Không"] }])
 *   // '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="E5">…'
 */
export function dataValidationsXml(validations: PlanValidation[]): string {
  if (validations.length === 0) return "";
  const model = new Map<string, DataValidation>();
  for (const v of validations) model.set(v.range, toExcelValidation(v));

  const list: Entry[] = [...model.entries()]
    .map(([address, dv]) => ({ address, dv, marked: false }))
    .sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  const byAddress = new Map(list.map((e) => [e.address, e]));
  const same = (address: string, dv: DataValidation): boolean => {
    const other = model.get(address);
    return other !== undefined && looseEqual(dv, other);
  };

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
    const { row, col, address } = decodeAddress(e.address);
    let height = 1;
    while (same(columnName(col) + (row + height), e.dv)) height++;
    let width = 1;
    const columnMatches = (c: number) => {
      for (let i = 0; i < height; i++) {
        if (!same(columnName(c) + (row + i), model.get(address) as DataValidation)) return false;
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

/** ExcelJS marks through a lookup that fails on keys it cannot find; so do we. */
function mark(byAddress: Map<string, Entry>, address: string): void {
  const e = byAddress.get(address);
  if (!e) throw new TypeError(`Cannot set properties of undefined (reading 'marked'): ${address}`);
  e.marked = true;
}

function render(dv: DataValidation, sqref: string): string {
  // toExcelValidation never gives the type "any", which ExcelJS writes without these three.
  let xml = `<dataValidation type="${dv.type}"`;
  if (dv.operator && dv.type !== "list" && dv.operator !== "between") {
    xml += ` operator="${dv.operator}"`;
  }
  if (dv.allowBlank) xml += ' allowBlank="1"';
  if (dv.showInputMessage) xml += ' showInputMessage="1"';
  if (dv.promptTitle) xml += ` promptTitle="${escapeXml(dv.promptTitle)}"`;
  if (dv.prompt) xml += ` prompt="${escapeXml(dv.prompt)}"`;
  if (dv.showErrorMessage) xml += ' showErrorMessage="1"';
  if (dv.errorStyle) xml += ` errorStyle="${dv.errorStyle}"`;
  if (dv.errorTitle) xml += ` errorTitle="${escapeXml(dv.errorTitle)}"`;
  if (dv.error) xml += ` error="${escapeXml(dv.error)}"`;
  xml += ` sqref="${escapeXml(sqref)}"`;
  const formulae = dv.formulae ?? [];
  if (formulae.length === 0) return `${xml}/>`;
  xml += ">";
  formulae.forEach((f, i) => {
    const text =
      dv.type === "date" ? String(new Date(f as Date).getTime() / DAY_MS + 25569) : String(f);
    xml += `<formula${i + 1}>${escapeXml(text)}</formula${i + 1}>`;
  });
  return `${xml}</dataValidation>`;
}

/** ExcelJS's `_.isEqual`: same own keys, equal values; objects without own keys (dates) are equal. */
function looseEqual(a: unknown, b: unknown): boolean {
  if (typeof a !== typeof b) return false;
  if (typeof a !== "object") return a === b;
  const aArray = Array.isArray(a);
  const bArray = Array.isArray(b);
  if (aArray || bArray) {
    return (
      aArray &&
      bArray &&
      (a as unknown[]).length === (b as unknown[]).length &&
      (a as unknown[]).every((x, i) => looseEqual(x, (b as unknown[])[i]))
    );
  }
  if (a === null || b === null) return a === b;
  const keys = Object.keys(a as object);
  if (Object.keys(b as object).length !== keys.length) return false;
  if (!keys.every((k) => Object.prototype.hasOwnProperty.call(b, k))) return false;
  return keys.every((k) =>
    looseEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}
