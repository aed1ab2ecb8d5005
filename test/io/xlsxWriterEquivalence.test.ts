import { unzipSync } from "fflate";
import { writePlan } from "../../src/io/writePlan";
import { writeXlsx, xlsxEntries } from "../../src/io/xlsxWriter";
import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import { serialFromIso } from "../../src/shared/calendar/serial";
import type { Campaign, WorkbookPlan } from "../../src/shared/model";
import { outlineToPlanSheets } from "../../src/shared/outlineSheet";
import { richOutline } from "../../src/shared/outlineSheet/richOutline.fixture";
import { buildTemplatePlan } from "../../src/shared/plan/buildTemplatePlan";
import { planToGrids } from "../../src/shared/plan/planToGrids";
import { PLAN_STYLES } from "../../src/shared/plan/styles";
import { runConsolidation } from "../../src/shared/pipeline/runConsolidation";
import { generateSampleUnits } from "../../src/shared/samples/generateSampleUnits";
import { scaleCampaign } from "../../src/shared/samples/scaleCampaign";
import { miniCampaign } from "../fixtures/miniCampaign";

const decoder = new TextDecoder();

/** Entry by entry first (a readable diff), then the whole file. */
async function expectSameBytes(plan: WorkbookPlan): Promise<void> {
  const expected = await writePlan(plan);
  const actual = writeXlsx(plan);
  const theirs = unzipSync(expected);
  const ours = xlsxEntries(plan);
  expect(Object.keys(ours)).toEqual(Object.keys(theirs));
  for (const name of Object.keys(theirs)) {
    expect({ name, xml: decoder.decode(ours[name]) }).toEqual({
      name,
      xml: decoder.decode(theirs[name]),
    });
  }
  expect(Buffer.from(actual).equals(Buffer.from(expected))).toBe(true);
}

function consolidatedPlan(campaign: Campaign): WorkbookPlan {
  const workbooks = generateSampleUnits(campaign).map((s) => ({
    fileName: s.fileName,
    sheets: planToGrids(buildTemplatePlan(campaign, { unitCode: s.unit.code, filled: s.filled })),
  }));
  return runConsolidation({ campaign, workbooks, asOf: serialFromIso("2021-05-06") }).plan;
}

describe("writeXlsx gives the bytes of the ExcelJS writer", () => {
  it("for the empty template of the embedded campaign", async () => {
    await expectSameBytes(buildTemplatePlan(embeddedCampaign));
  });

  it("for templates filled by several sample units", async () => {
    const samples = generateSampleUnits(embeddedCampaign);
    // Units with and without typical mistakes (text in number cells, negatives, missing values…).
    const picked = [
      ...samples.filter((s) => s.mistakes.length === 0).slice(0, 2),
      ...samples.filter((s) => s.mistakes.length > 0).slice(0, 4),
    ];
    expect(picked.length).toBe(6);
    for (const s of picked) {
      await expectSameBytes(
        buildTemplatePlan(embeddedCampaign, { unitCode: s.unit.code, filled: s.filled }),
      );
    }
  });

  it("for the consolidated appendix of the sample units (the golden test's plan)", async () => {
    await expectSameBytes(consolidatedPlan(embeddedCampaign));
  });

  it("for the consolidated appendix of 100 units", async () => {
    await expectSameBytes(consolidatedPlan(scaleCampaign(embeddedCampaign, 100)));
  }, 60_000);

  it("for the mini campaign's template, filled template and appendix", async () => {
    await expectSameBytes(buildTemplatePlan(miniCampaign));
    const [first] = generateSampleUnits(miniCampaign);
    await expectSameBytes(
      buildTemplatePlan(miniCampaign, { unitCode: first.unit.code, filled: first.filled }),
    );
    await expectSameBytes(consolidatedPlan(miniCampaign));
  });

  it("for the outline sheets", async () => {
    await expectSameBytes({
      sheets: outlineToPlanSheets(richOutline),
      styles: PLAN_STYLES,
      names: [],
      properties: { title: richOutline.title, creator: "test", created: "2025-01-01T00:00:00Z" },
    });
  });
});
