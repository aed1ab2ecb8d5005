import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook, writePlan } from "../../src/io";
import { a1, parseA1 } from "../../src/shared/a1/a1";
import type { Cell, WorkbookPlan } from "../../src/shared/model";
import { isCellDate } from "../../src/shared/model";
import { runConsolidation } from "../../src/shared/pipeline/runConsolidation";
import { convertWithLibreOffice, findSoffice } from "../io/helpers";
import { miniCampaign } from "../fixtures/miniCampaign";
import { filledWorkbook, miniValues } from "./helpers";
import { sampleWorkbooks } from "../../src/taskpane/preview/sampleWorkbooks";

const soffice = findSoffice();
if (!soffice && process.env.CI)
  throw new Error("LibreOffice (soffice) is required in CI for the recalculation test");
if (!soffice)
  console.warn(
    "⚠ LibreOffice not installed: SKIPPING the recalculation test of the consolidated workbook",
  );
const maybe = soffice ? it : it.skip;

/** Every formula cell of the plan with the value the engine cached for it. */
function formulaCells(
  plan: WorkbookPlan,
): Array<{ sheet: string; cell: string; f: string; v: unknown }> {
  const out: Array<{ sheet: string; cell: string; f: string; v: unknown }> = [];
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) {
      block.cells.forEach((row, r) =>
        row.forEach((c, k) => {
          if (c.f !== undefined)
            out.push({ sheet: sheet.name, cell: a1(block.row + r, block.col + k), f: c.f, v: c.v });
        }),
      );
    }
  }
  return out;
}

function asComparable(c: Cell | undefined): unknown {
  if (c === null || c === undefined || c === "") return "";
  if (isCellDate(c)) return c.serial;
  return c;
}

/**
 * Recalculates the consolidated workbook in LibreOffice and compares every formula's result with
 * the engine's number: the live formulas and the engine must agree everywhere.
 */
export function expectLibreOfficeAgrees(plan: WorkbookPlan, bytes: Uint8Array): number {
  const dir = mkdtempSync(join(tmpdir(), "phuluc-recalc-"));
  try {
    const input = join(dir, "tong-hop.xlsx");
    writeFileSync(input, bytes);
    const recalculated = readWorkbook(
      convertWithLibreOffice(soffice!, input, "xlsx", { recalculate: true }),
      "lo.xlsx",
    );
    const sheets = new Map(recalculated.sheets.map((g) => [g.name, g]));
    const mismatches: string[] = [];
    const cells = formulaCells(plan);
    for (const { sheet, cell, f, v } of cells) {
      const grid = sheets.get(sheet)!;
      const { row, col } = parseA1(cell)!;
      const got = asComparable(grid.rows[row]?.[col]);
      const want = v === undefined || v === null ? "" : v;
      const same =
        typeof want === "number" && typeof got === "number"
          ? Math.abs(want - got) <= 1e-9 * Math.max(1, Math.abs(want))
          : got === want;
      if (!same)
        mismatches.push(
          `${sheet}!${cell} =${f}: engine ${JSON.stringify(want)}, LibreOffice ${JSON.stringify(got)}`,
        );
      if (typeof got === "object" && got !== null)
        mismatches.push(`${sheet}!${cell}: error ${JSON.stringify(got)}`);
    }
    expect(mismatches).toEqual([]);
    return cells.length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the consolidated workbook recalculated by LibreOffice", () => {
  maybe("gives the engine's numbers in every formula (mini campaign)", async () => {
    const bad = miniValues("CBCS02", "CBCS", "DN", 4);
    bad.values!.B1["2"]["2019"] = 999; // a unit with errors is still consolidated, marked
    const run = runConsolidation({
      campaign: miniCampaign,
      workbooks: [
        filledWorkbook(miniCampaign, "DBCS01", miniValues("DBCS01", "DBCS", "CQ", 1)),
        filledWorkbook(miniCampaign, "DBCS02", miniValues("DBCS02", "DBCS", "DN", 2)),
        filledWorkbook(miniCampaign, "CBCS01", miniValues("CBCS01", "CBCS", "CQ", 3)),
        filledWorkbook(miniCampaign, "CBCS02", bad),
      ],
      asOf: 44322,
    });
    const checked = expectLibreOfficeAgrees(run.plan, await writePlan(run.plan));
    expect(checked).toBeGreaterThan(100);
  });
});

describe("the demo's consolidated appendix recalculated by LibreOffice", () => {
  maybe(
    "gives the engine's numbers in every formula (embedded campaign, sample units)",
    async () => {
      const { embeddedCampaign } = await import("../../src/shared/campaign/embedded");
      const workbooks = sampleWorkbooks(embeddedCampaign);
      const run = runConsolidation({ campaign: embeddedCampaign, workbooks, asOf: 44322 });
      const checked = expectLibreOfficeAgrees(run.plan, await writePlan(run.plan));
      expect(checked).toBeGreaterThan(1000);
    },
  );
});
