import { columnLetters, parseA1Range } from "../../../shared/a1/a1";
import { EmuError } from "./emuError";
import { type EmuSheet } from "./workbookModel";

export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}
export interface RangeTarget extends Rect {
  sheet: EmuSheet;
}
export interface AreasTarget {
  sheet: EmuSheet;
  areas: Rect[];
}

export function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function rectAddress(r: Rect): string {
  const a = `${columnLetters(r.c1)}${r.r1 + 1}`;
  const b = `${columnLetters(r.c2)}${r.r2 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

export function parseRect(address: string): Rect {
  const bang = address.lastIndexOf("!");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim();
  const whole = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(local);
  if (whole) {
    const p = parseA1Range(`${whole[1]}1:${whole[2]}1048576`);
    if (p) return { r1: p.row1, c1: p.col1, r2: p.row2, c2: p.col2 };
  }
  const p = parseA1Range(local);
  if (!p)
    throw new EmuError(
      "InvalidArgument",
      `The argument is invalid or missing: address '${address}'.`,
    );
  return { r1: p.row1, c1: p.col1, r2: p.row2, c2: p.col2 };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}
