import { withListSources } from "../../src/shared/plan/withListSources";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { unzipSync } from "fflate";
import { planToGrids } from "../../src/shared/plan/planToGrids";
import type { Grid, WorkbookPlan } from "../../src/shared/model";

/**
 * What reading a rendered plan must give: planToGrids, with cells whose style has a date number
 * format tagged as dates (a file stores dates as numbers plus a format).
 */
export function expectedGrids(given: WorkbookPlan): Grid[] {
  // writePlan keeps list choices in cells of a very hidden sheet (withListSources).
  const plan = withListSources(given);
  const grids = planToGrids(plan);
  plan.sheets.forEach((sheet, i) => {
    for (const block of sheet.blocks) {
      block.cells.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          const format = cell.s ? plan.styles[cell.s]?.numberFormat : undefined;
          const row = grids[i].rows[block.row + r];
          const value = row[block.col + c];
          if (format && XLSX.SSF.is_date(format) && typeof value === "number") {
            row[block.col + c] = { kind: "date", serial: value };
          }
        }),
      );
    }
    // Files keep no trailing empty cells.
    for (const row of grids[i].rows)
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
  });
  return grids;
}

/** The text of one part of a zip (xlsx/ods). */
export function zipPart(bytes: Uint8Array, name: string): string {
  const part = unzipSync(bytes, { filter: (f) => f.name === name })[name];
  if (!part) throw new Error(`no ${name} in zip`);
  return new TextDecoder().decode(part);
}

/** Path of LibreOffice's soffice, or undefined when it is not installed. */
export function findSoffice(): string | undefined {
  const found = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], {
    encoding: "utf8",
  });
  const path = found.stdout.trim().split("\n")[0];
  return found.status === 0 && path ? path : undefined;
}

/**
 * LibreOffice trusts the cached results of files that say Excel made them (ExcelJS does) unless
 * told to recalculate on load; 0 = always, for .xlsx/.xls and for .ods.
 */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Converts a file with LibreOffice headless into `format` ("xls", "ods", "xlsx", or a full
 * "csv:…" filter spec) and returns the bytes. A fresh profile per call lets tests run in parallel;
 * with `recalculate`, every formula is computed by LibreOffice instead of taken from the cache.
 */
export function convertWithLibreOffice(
  soffice: string,
  input: string,
  format: string,
  { recalculate = false }: { recalculate?: boolean } = {},
): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "phuluc-lo-"));
  const ext = format.split(":")[0];
  try {
    if (recalculate) {
      mkdirSync(join(dir, "profile", "user"), { recursive: true });
      writeFileSync(join(dir, "profile", "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
    }
    const profile = `-env:UserInstallation=file://${dir}/profile`;
    execFileSync(
      soffice,
      [profile, "--headless", "--convert-to", format, "--outdir", `${dir}/out`, input],
      {
        stdio: "pipe",
        timeout: 120_000,
      },
    );
    const output = join(dir, "out", basename(input).replace(/\.[^.]+$/, `.${ext}`));
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Known, documented differences of LibreOffice-saved files from ours, applied to the expected
 * grids: .xls and .ods have no "very hidden" (LibreOffice saves it as hidden).
 */
export function asSavedByLibreOffice(grids: Grid[]): Grid[] {
  return grids.map((g) => ({ ...g, state: g.state === "veryHidden" ? "hidden" : g.state }));
}

export const FIXTURES = join(__dirname, "..", "fixtures", "io");
