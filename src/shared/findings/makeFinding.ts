import { parseA1 } from "../a1/a1";
import type { Finding, FindingCode, Severity } from "../model";
import { FINDING_TEXT, type FindingParams } from "./findingText";

/** Where a finding points: unit first, then file, sheet, cell. */
export interface FindingLocation {
  unit: string;
  file?: string;
  sheet?: string;
  cell?: string;
  indicator?: string;
  column?: string;
}

/** Severity follows the code's prefix: E_ error, W_ warning, I_ info. */
export function severityOf(code: FindingCode): Severity {
  return code.startsWith("E_") ? "error" : code.startsWith("W_") ? "warning" : "info";
}

/**
 * Builds a finding with its Vietnamese and English messages from the catalogue.
 *
 * @example
 * makeFinding("E_BOUND", { unit: "CBCS01", sheet: "B1", cell: "D7" }, { value: "-3", min: "0" })
 * // → { severity: "error", code: "E_BOUND", …, message: { vi: "Giá trị -3 nằm ngoài …", en: … } }
 */
export function makeFinding(
  code: FindingCode,
  where: FindingLocation,
  params: FindingParams = {},
): Finding {
  const finding: Finding = {
    severity: severityOf(code),
    code,
    unit: where.unit,
    message: FINDING_TEXT[code](params),
  };
  if (where.file !== undefined) finding.file = where.file;
  if (where.sheet !== undefined) finding.sheet = where.sheet;
  if (where.cell !== undefined) finding.cell = where.cell;
  if (where.indicator !== undefined) finding.indicator = where.indicator;
  if (where.column !== undefined) finding.column = where.column;
  if (params.value !== undefined) finding.value = params.value;
  return finding;
}

/**
 * One line for a person: "CBCS01 › B1 Quán triệt!D7 — Giá trị -3 không được nhỏ hơn 0.".
 */
export function formatFinding(f: Finding, lang: "vi" | "en" = "vi"): string {
  const place = f.sheet
    ? ` › ${f.sheet}${f.cell ? `!${f.cell}` : ""}`
    : f.file && f.file !== f.unit
      ? ` › ${f.file}`
      : "";
  return `${f.unit}${place} — ${f.message[lang]}`;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order for display and output: unit, sheet, cell position, severity, code. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.unit, b.unit) ||
    cmp(a.sheet ?? "", b.sheet ?? "") ||
    cellOrder(a.cell) - cellOrder(b.cell) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    cmp(a.code, b.code) ||
    cmp(a.column ?? "", b.column ?? "") ||
    cmp(a.message.vi, b.message.vi)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cellOrder(cell: string | undefined): number {
  const p = cell ? parseA1(cell) : undefined;
  return p ? p.row * 20000 + p.col : -1;
}
