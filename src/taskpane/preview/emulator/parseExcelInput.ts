import { serialFromYmd, ymdFromSerial } from "../../../shared/calendar/serial";

/** What a cell holds after a constant has been written to it. */
export type EmuConstant = string | number | boolean;

export type ParsedInput =
  | { kind: "empty" }
  | { kind: "formula"; formula: string }
  | { kind: "value"; value: EmuConstant; numberFormat?: string; quotePrefix?: boolean };

// A mantissa is required: "E7" (a cell address) is text, as when typed into Excel.
const NUMBER = /^[+-]?((\d{1,3}(,\d{3})+|\d+)(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const DATE_MDY = /^(\d{1,2})\/(\d{1,2})(\/(\d{2}|\d{4}))?$/;

/**
 * How Excel (en-US) turns a string written through `Range.values` into cell content: the same as
 * typing it. Text-formatted cells ("@") keep the text; otherwise `=` (and `+`, `-`, `@` not
 * followed by a number) start a formula, numbers, percentages, booleans and m/d/y dates are
 * converted, a leading apostrophe is consumed as a quote prefix. This is the behaviour the
 * adapter must defend against when writing user text.
 *
 * @example parseExcelInput("1.10", "General") → { kind: "value", value: 1.1 }
 * @example parseExcelInput("=1+1", "@") → { kind: "value", value: "=1+1" }
 */
export function parseExcelInput(input: EmuConstant | null, numberFormat: string): ParsedInput {
  if (input === null || input === "") return { kind: "empty" };
  if (typeof input !== "string") return { kind: "value", value: input };
  if (input.startsWith("'")) return { kind: "value", value: input.slice(1), quotePrefix: true };
  if (numberFormat === "@") return { kind: "value", value: input };
  const s = input.trim();
  if (s.startsWith("=") && s.length > 1) return { kind: "formula", formula: s };
  if (NUMBER.test(s) && /\d/.test(s)) return { kind: "value", value: Number(s.replace(/,/g, "")) };
  if (PERCENT.test(s)) {
    return { kind: "value", value: Number(s.slice(0, -1)) / 100, numberFormat: "0%" };
  }
  if ((s[0] === "+" || s[0] === "-" || s[0] === "@") && s.length > 1) {
    return { kind: "formula", formula: "=" + (s[0] === "@" ? s.slice(1) : s) };
  }
  if (/^(true|false)$/i.test(s)) return { kind: "value", value: s.toLowerCase() === "true" };
  const d = DATE_MDY.exec(s);
  if (d) {
    const month = Number(d[1]);
    const day = Number(d[2]);
    const year = d[4] === undefined ? 2026 : d[4].length === 2 ? 2000 + Number(d[4]) : Number(d[4]);
    // Excel's dates start on 1/1/1900 and include its 2/29/1900; an impossible date stays text.
    const serial = serialFromYmd(year, month, day);
    const back = ymdFromSerial(serial);
    if (year >= 1900 && back.y === year && back.m === month && back.d === day) {
      return { kind: "value", value: serial, numberFormat: "m/d/yyyy" };
    }
  }
  return { kind: "value", value: input };
}
