import type { FindingParams } from "../findings/findingText";
import type { Cell, FindingCode, ReportValue, ValueType } from "../model";
import { isCellDate, isCellError } from "../model";
import { serialFromYmd } from "../calendar/serial";
import { fixLegacyText, type LegacyEncoding } from "../text/legacy";
import { matchChoice } from "../text/matchChoice";
import { parseDateText } from "../text/parseDateText";
import { parseNumberText } from "../text/parseNumberText";
import { parseYesNo } from "../text/parseYesNo";
import { YES_NO } from "../template/templateLayout";

export interface CellSpec {
  type: ValueType;
  choices?: string[];
}

export interface CellIssue {
  code: FindingCode;
  params: FindingParams;
}

export interface Converted {
  v: ReportValue;
  issues: CellIssue[];
}

/** Serials of 1954-10-04 … 2119-01-10: a bare number in a date cell is taken as a serial only here. */
const PLAUSIBLE_SERIAL = { min: 20000, max: 80000 };

const EXPECTED: Record<ValueType, string> = {
  integer: "số nguyên",
  decimal: "một số",
  percent: "một tỷ lệ",
  yesno: `"${YES_NO.yes}" hoặc "${YES_NO.no}"`,
  date: "một ngày (dd/mm/yyyy)",
  text: "văn bản",
  choice: "một lựa chọn trong danh sách",
};

const NONE: CellIssue[] = [];

function typeError(raw: string, type: ValueType, choices?: string[]): Converted {
  const expected =
    type === "choice" && choices ? `một trong: ${choices.join(", ")}` : EXPECTED[type];
  return { v: null, issues: [{ code: "E_TYPE", params: { value: raw, expected } }] };
}

/** One formatter for all messages: toLocaleString would build a new one per call. */
const VI_NUMBER = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 6 });

/** Shows a number the Vietnamese way in messages: 1234.5 → "1.234,5". */
export function formatNumberVi(n: number): string {
  return VI_NUMBER.format(n);
}

/**
 * Turns one cell into a typed value for the outline's type, with the issues met on the way
 * (text numbers, legacy encodings, percent scale, wrong types). `legacyHint`: the legacy font the
 * rest of the workbook is typed in (see fixLegacyText). Never throws.
 *
 * @example convertCell("1.234", { type: "integer" }) → { v: 1234, issues: [W_TEXT_NUMBER] }
 * @example convertCell(95, { type: "percent" }) → { v: 0.95, issues: [W_PERCENT_SCALE] }
 */
export function convertCell(cell: Cell, spec: CellSpec, legacyHint?: LegacyEncoding): Converted {
  if (cell === null || cell === undefined) return { v: null, issues: NONE };
  if (isCellError(cell))
    return { v: null, issues: [{ code: "E_CELL_ERROR", params: { value: cell.code } }] };
  if (typeof cell === "string") return convertText(cell, spec, legacyHint);
  if (isCellDate(cell)) {
    if (spec.type === "date") return { v: Math.floor(cell.serial), issues: NONE };
    if (spec.type === "text") return { v: String(cell.serial), issues: NONE };
    return typeError(String(cell.serial), spec.type);
  }
  if (typeof cell === "boolean") {
    if (spec.type === "yesno") return { v: cell, issues: NONE };
    if (spec.type === "text") return { v: cell ? YES_NO.yes : YES_NO.no, issues: NONE };
    return typeError(cell ? "TRUE" : "FALSE", spec.type);
  }
  return convertNumber(cell, spec, NONE);
}

function convertNumber(n: number, spec: CellSpec, carried: CellIssue[]): Converted {
  if (!Number.isFinite(n)) return typeError(String(n), spec.type);
  switch (spec.type) {
    case "integer":
      if (Math.abs(n - Math.round(n)) > 1e-9) return typeError(formatNumberVi(n), "integer");
      return { v: Math.round(n), issues: carried };
    case "decimal":
      return { v: n, issues: carried };
    case "percent":
      if (Math.abs(n) > 1 && Math.abs(n) <= 100) {
        return {
          v: n / 100,
          issues: [
            ...carried,
            {
              code: "W_PERCENT_SCALE",
              params: { value: formatNumberVi(n), expected: `${formatNumberVi(n)}%` },
            },
          ],
        };
      }
      return { v: n, issues: carried };
    case "yesno":
      if (n === 1 || n === 0) return { v: n === 1, issues: carried };
      return typeError(formatNumberVi(n), "yesno");
    case "date":
      if (Number.isInteger(n) && n >= PLAUSIBLE_SERIAL.min && n <= PLAUSIBLE_SERIAL.max)
        return { v: n, issues: carried };
      return typeError(formatNumberVi(n), "date");
    case "text":
      return { v: String(n), issues: carried };
    case "choice": {
      const hit = spec.choices ? matchChoice(String(n), spec.choices) : null;
      return hit ? { v: hit, issues: carried } : typeError(String(n), "choice", spec.choices);
    }
  }
}

function convertText(raw: string, spec: CellSpec, legacyHint?: LegacyEncoding): Converted {
  const fixed = fixLegacyText(raw, legacyHint);
  const text = fixed.text.normalize("NFC").trim();
  const legacy: CellIssue[] = fixed.encoding
    ? [{ code: "W_LEGACY_ENCODING", params: { detail: fixed.encoding.toUpperCase(), value: text } }]
    : NONE;
  if (text === "") return { v: null, issues: legacy };
  switch (spec.type) {
    case "text":
      return { v: text, issues: legacy };
    case "choice": {
      const hit = spec.choices ? matchChoice(text, spec.choices) : null;
      return hit ? { v: hit, issues: legacy } : typeError(text, "choice", spec.choices);
    }
    case "yesno": {
      const b = parseYesNo(text);
      return b === null ? typeError(text, "yesno") : { v: b, issues: legacy };
    }
    case "date": {
      const d = parseDateText(text);
      return d ? { v: serialFromYmd(d.y, d.m, d.d), issues: legacy } : typeError(text, "date");
    }
    default:
      return convertNumberText(text, spec, legacy);
  }
}

function convertNumberText(text: string, spec: CellSpec, carried: CellIssue[]): Converted {
  const parsed = parseNumberText(text);
  if (!parsed) return typeError(text, spec.type);
  let value = parsed.value;
  // "1,234" could be 1,234 (Vietnamese decimal comma) or 1234 (English thousands): an integer
  // indicator can only mean the latter, anything else keeps the Vietnamese reading and says so.
  if (
    parsed.interpretation === "ambiguous" &&
    spec.type === "integer" &&
    parsed.alternative !== undefined
  ) {
    value = parsed.alternative;
  }
  if (parsed.percent) {
    if (spec.type !== "percent") return typeError(text, spec.type);
    value = value / 100;
  }
  const shown = parsed.percent ? `${formatNumberVi(parsed.value)}%` : formatNumberVi(value);
  const issues = [
    ...carried,
    { code: "W_TEXT_NUMBER" as const, params: { value: text, expected: shown } },
  ];
  if (parsed.percent) return { v: value, issues };
  return convertNumber(value, spec, issues);
}
