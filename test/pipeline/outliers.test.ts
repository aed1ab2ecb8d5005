import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consolidateFiles } from "../../src/cli/commands/consolidate";
import { writePlan } from "../../src/io/writePlan";
import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import { formatNumberVi } from "../../src/shared/read/convertCell";
import { buildTemplatePlan } from "../../src/shared/plan/buildTemplatePlan";
import { generateSampleUnits, type SampleUnit } from "../../src/shared/samples/generateSampleUnits";

const campaign = embeddedCampaign;

/** The sample units written as real .xlsx files, after `edit` changed some of them. */
async function writeUnits(dir: string, edit: (units: SampleUnit[]) => void): Promise<void> {
  const units = generateSampleUnits(campaign);
  edit(units);
  for (const s of units) {
    const plan = buildTemplatePlan(campaign, { unitCode: s.unit.code, filled: s.filled });
    writeFileSync(join(dir, s.fileName), await writePlan(plan));
  }
}

/** The unit whose value sits in the middle of its level and type: an ordinary unit, not an edge. */
function typicalUnit(
  units: SampleUnit[],
  level: string,
  type: string,
  sheet: string,
  code: string,
  col: string,
) {
  const peers = units
    .filter((s) => s.unit.level === level && s.unit.type === type && s.mistakes.length === 0)
    .filter((s) => typeof s.filled.values[sheet]?.[code]?.[col] === "number")
    .sort(
      (a, b) =>
        (a.filled.values[sheet][code][col] as number) -
        (b.filled.values[sheet][code][col] as number),
    );
  return peers[peers.length >> 1];
}

describe("W_OUTLIER on real unit files", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "phuluc-outliers-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("flags one indicator multiplied by 100 at its cell, and leaves the totals as reported", async () => {
    let b1Unit = "";
    let b1Value = 0;
    let b2Unit = "";
    let b2Value = 0;
    await writeUnits(dir, (units) => {
      const a = typicalUnit(units, "CBCS", "CQ", "B1", "5", "SL");
      b1Unit = a.unit.code;
      b1Value = (a.filled.values.B1["5"].SL as number) * 100;
      a.filled.values.B1["5"].SL = b1Value;
      const b = typicalUnit(units, "CBCS", "DN", "B2", "24", "2020");
      b2Unit = b.unit.code;
      b2Value = (b.filled.values.B2["24"]["2020"] as number) * 100;
      b.filled.values.B2["24"]["2020"] = b2Value;
    });
    const { run } = await consolidateFiles([dir], {
      out: join(dir, "out.xlsx"),
      asOf: "2021-05-06",
      json: true,
    });
    const outliers = run.findings.filter((f) => f.code === "W_OUTLIER");
    const at = (unit: string, sheet: string, code: string, col: string) => {
      const report = run.reports.find((r) => r.unitCode === unit)!;
      const src = report.values[sheet][code][col].src;
      return outliers.find((f) => f.unit === unit && f.sheet === src.sheet && f.cell === src.cell);
    };
    const b1 = at(b1Unit, "B1", "5", "SL");
    expect(b1).toMatchObject({
      severity: "warning",
      indicator: "5",
      column: "SL",
      value: formatNumberVi(b1Value),
    });
    expect(b1!.message.vi).toContain("cao bất thường so với");
    expect(b1!.message.vi).toContain("Chi bộ cơ sở – cơ quan");
    expect(b1!.message.en).toContain("unusually high");
    // The plausible ceiling it names is one the value actually broke.
    const ceiling = /mức cao hợp lý đến khoảng ([\d.,]+)/.exec(b1!.message.vi)![1];
    expect(Number(ceiling.replace(/\./g, "").replace(",", "."))).toBeLessThan(b1Value);
    expect(at(b2Unit, "B2", "24", "2020")).toMatchObject({ indicator: "24", column: "2020" });
    // Each edit gives its own warning and the rest of the units stay quiet but for a handful.
    expect(outliers.length).toBeLessThanOrEqual(2 + 3);
    // Totals are the units' figures as reported, outliers included.
    const c = run.consolidation;
    const i = c.units.findIndex((u) => u.unit.code === b1Unit);
    expect(c.perUnit[i].B1["5"][0]).toBe(b1Value);
    const sum = c.perUnit.reduce((s, t) => s + (t.B1["5"][0] ?? 0), 0);
    expect(c.totals.B1["5"].SL).toBe(sum);
    // The unit's warning count includes it, so its status says so.
    expect(run.progress.find((p) => p.unit.code === b1Unit)!.warnings).toBeGreaterThanOrEqual(1);
  }, 60_000);
});
