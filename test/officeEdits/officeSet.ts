import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook } from "../../src/io";
import { writePlan } from "../../src/io/writePlan";
import type { Finding, ReportValue } from "../../src/shared/model";
import { buildTemplatePlan, type FilledValues } from "../../src/shared/plan/buildTemplatePlan";
import { runConsolidation } from "../../src/shared/pipeline/runConsolidation";
import { corpusCampaigns } from "../corpus/campaigns";
import { cellElement, type XlsxParts } from "../corpus/xlsxParts";
import { SERIAL, unitOf, unitValues } from "../corpus/unitValues";
import { convertWithLibreOffice, findSoffice } from "../io/helpers";

const campaign = corpusCampaigns.embedded;

/** A set of units as an office receives it: two agencies and an enterprise, of two levels. */
export const UNITS: ReadonlyArray<[code: string, k: number]> = [
  ["CBCS01", 1],
  ["DBCS02", 2],
  ["DBCS09", 3],
];

export type Filled = Required<FilledValues>;

/** One unit's file: its name and bytes. */
export interface UnitFile {
  name: string;
  bytes: Uint8Array;
}

/** The clean values of a unit of the set, optionally changed before the template is filled. */
export function filledOf(code: string, k: number, edit?: (f: Filled) => void): Filled {
  const f = unitValues(unitOf(campaign, code), k);
  edit?.(f);
  return f;
}

/** A unit's template filled with values, as our writer makes it (what the office sent out). */
export function templateFile(code: string, filled: FilledValues): Promise<Uint8Array> {
  return writePlan(buildTemplatePlan(campaign, { unitCode: code, filled }));
}

/**
 * Every unit of the set, each changed by `change` (the same kind of change an office makes by
 * hand or by its software), as files.
 */
export async function unitSet(
  change: (bytes: Uint8Array, code: string) => Uint8Array | Promise<Uint8Array> = (b) => b,
  edit?: (f: Filled, code: string) => void,
): Promise<UnitFile[]> {
  const files: UnitFile[] = [];
  for (const [code, k] of UNITS) {
    const bytes = await templateFile(code, filledOf(code, k, edit && ((f) => edit(f, code))));
    files.push({ name: `${code}.xlsx`, bytes: await change(bytes, code) });
  }
  return files;
}

/** What the consolidation of a set says, in values only (no source cells, no file names). */
export interface SetResult {
  totals: unknown;
  lists: Record<string, Array<{ unit: string; row: Record<string, ReportValue> }>>;
  info: Record<string, Record<string, ReportValue>>;
  findings: Finding[];
}

/** Reads every file through the host path (readWorkbook) and consolidates them on 06/5/2021. */
export function consolidateSet(files: UnitFile[]): SetResult {
  const workbooks = files.map((f) => readWorkbook(f.bytes, f.name));
  const run = runConsolidation({ campaign, workbooks, asOf: SERIAL.asOf });
  const lists: SetResult["lists"] = {};
  for (const [id, rows] of Object.entries(run.consolidation.lists)) {
    lists[id] = rows.map(({ unit, row }) => ({
      unit: unit.code,
      row: Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v.v])),
    }));
  }
  const info: SetResult["info"] = {};
  for (const r of run.reports) {
    info[r.unitCode ?? r.fileName] = Object.fromEntries(
      Object.entries(r.info).map(([k, v]) => [k, v.v]),
    );
  }
  return {
    totals: run.consolidation.totals,
    lists,
    info,
    findings: run.findings.filter((f) => f.code !== "W_MISSING"),
  };
}

/**
 * Opens bytes in LibreOffice headless and saves them in a format (a clerk's "Save as"); with
 * `recalculate`, every formula is computed first (what opening in Excel and saving does).
 */
export function resaveWithLibreOffice(
  soffice: string,
  bytes: Uint8Array,
  name: string,
  format: string,
  options: { recalculate?: boolean } = {},
): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "phuluc-office-"));
  try {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return convertWithLibreOffice(soffice, path, format, options);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Saves every file of a set in another format with one LibreOffice run (one start-up instead of
 * one per file), as an office re-saving its units' files would.
 */
export function resaveAllWithLibreOffice(
  soffice: string,
  files: UnitFile[],
  ext: string,
): UnitFile[] {
  const dir = mkdtempSync(join(tmpdir(), "phuluc-office-"));
  try {
    const paths = files.map((f) => {
      const path = join(dir, f.name);
      writeFileSync(path, f.bytes);
      return path;
    });
    const profile = `-env:UserInstallation=file://${dir}/profile`;
    execFileSync(
      soffice,
      [profile, "--headless", "--convert-to", ext, "--outdir", `${dir}/out`, ...paths],
      {
        stdio: "pipe",
        timeout: 300_000,
      },
    );
    return files.map((f) => {
      const name = f.name.replace(/\.[^.]+$/, `.${ext}`);
      return { name, bytes: new Uint8Array(readFileSync(join(dir, "out", name))) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Findings of the given severities, as "code sheet!cell" lines, to show in a failing test. */
export function findingsOf(r: SetResult, severities: Finding["severity"][]): string[] {
  return r.findings
    .filter((f) => severities.includes(f.severity))
    .map((f) => `${f.unit} ${f.code} ${f.sheet ?? ""}!${f.cell ?? ""} ${f.message.vi}`);
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/**
 * Types text into a cell of sheet XML as Excel stores typed text (an inline string here), keeping
 * the cell's style: in an existing cell, a new cell at the end of its row, or a new row.
 */
export function typeText(xml: string, ref: string, text: string): string {
  const row = Number(ref.replace(/^[A-Z]+/, ""));
  const cell = `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
  const existing = cellElement(xml, ref);
  if (existing) {
    const style = existing.match(/ s="(\d+)"/)?.[0] ?? "";
    return xml.replace(existing, cell.replace(`r="${ref}"`, `r="${ref}"${style}`));
  }
  const rowXml = xml.match(new RegExp(`<row r="${row}"[^>]*>.*?</row>`))?.[0];
  if (rowXml) return xml.replace(rowXml, rowXml.replace("</row>", `${cell}</row>`));
  const newRow = `<row r="${row}">${cell}</row>`;
  const after = [...xml.matchAll(/<row r="(\d+)"/g)].find((m) => Number(m[1]) > row);
  if (after) return xml.replace(after[0], `${newRow}${after[0]}`);
  return xml.replace("</sheetData>", `${newRow}</sheetData>`);
}

const letters = (n: number): string =>
  n < 26 ? String.fromCharCode(65 + n) : letters(Math.floor(n / 26) - 1) + letters(n % 26);
const colIndex = (l: string): number =>
  [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** Moves every column reference right of column A one column left in an A1 text. */
function shiftLeft(text: string): string {
  return text.replace(
    /(\$?)([A-Z]{1,3})(\$?)(\d+)/g,
    (m, d1: string, col: string, d2: string, row: string) =>
      colIndex(col) > 0 ? `${d1}${letters(colIndex(col) - 1)}${d2}${row}` : m,
  );
}

/**
 * Deletes column A of a sheet as Excel does ("Delete column"): its cells go, every cell, merge,
 * validation and same-sheet formula reference right of it moves one column left. Column widths
 * are dropped (they do not matter to reading).
 */
export function deleteColumnA(xml: string): string {
  return xml
    .replace(/<cols>.*?<\/cols>/s, "")
    .replace(/<c r="A\d+"[^>]*?(?:\/>|>.*?<\/c>)/g, "")
    .replace(
      / (r|ref|sqref)="([^"]*)"/g,
      (_m, name: string, v: string) => ` ${name}="${shiftLeft(v)}"`,
    )
    .replace(/<f>(.*?)<\/f>/g, (_m, f: string) => `<f>${shiftLeft(f)}</f>`);
}

/** LibreOffice, required in CI; tests that need it are skipped elsewhere without it. */
export const soffice = findSoffice();
if (!soffice && process.env.CI)
  throw new Error("LibreOffice (soffice) is required in CI for the office-edit tests");

/** Adds a worksheet part as Excel does: the part, its relationship, its content type, its tab. */
export function addSheet(x: XlsxParts, name: string, sheetXml: string): void {
  const rels = x.text("xl/_rels/workbook.xml.rels");
  const n = (rels.match(/<Relationship /g) ?? []).length + 100;
  const path = `xl/worksheets/sheet${n}.xml`;
  x.setText(path, sheetXml);
  x.edit("xl/_rels/workbook.xml.rels", (xml) =>
    xml.replace(
      "</Relationships>",
      `<Relationship Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/></Relationships>`,
    ),
  );
  x.edit("[Content_Types].xml", (xml) =>
    xml.replace(
      "</Types>",
      `<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
  );
  x.edit("xl/workbook.xml", (xml) =>
    xml.replace(
      "</sheets>",
      `<sheet name="${escapeXml(name)}" sheetId="${n}" r:id="rId${n}"/></sheets>`,
    ),
  );
}
