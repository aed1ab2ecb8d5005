import { createHash } from "node:crypto";
import { writePlan } from "../../src/io";
import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import { canonicalJson } from "../../src/shared/hash/canonicalJson";
import { buildTemplatePlan } from "../../src/shared/plan/buildTemplatePlan";
import { runConsolidation } from "../../src/shared/pipeline/runConsolidation";
import { serialFromIso } from "../../src/shared/calendar/serial";
import type { WorkbookPlan } from "../../src/shared/model";
import { sampleWorkbooks } from "../../src/taskpane/preview/sampleWorkbooks";

const sha = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

function demoPlan(): WorkbookPlan {
  const workbooks = sampleWorkbooks(embeddedCampaign);
  return runConsolidation({
    campaign: embeddedCampaign,
    workbooks,
    asOf: serialFromIso("2021-05-06"),
  }).plan;
}

/**
 * Golden outputs: any change to the template or the consolidated appendix shows up here, at the
 * plan level and in the bytes of the file. Update with `npx jest test/golden -u` after checking
 * the change is wanted.
 */
describe("golden outputs", () => {
  it("template of the embedded campaign", async () => {
    const plan = buildTemplatePlan(embeddedCampaign);
    const bytes = await writePlan(plan);
    expect({ plan: sha(canonicalJson(plan)), file: sha(bytes) }).toMatchSnapshot();
    expect(sha(await writePlan(plan))).toBe(sha(bytes));
  });

  it("consolidated appendix of the sample units", async () => {
    const plan = demoPlan();
    const bytes = await writePlan(plan);
    expect({
      plan: sha(canonicalJson(plan)),
      file: sha(bytes),
      sheets: plan.sheets.map((s) => s.name),
    }).toMatchSnapshot();
    // Same inputs, same bytes.
    expect(sha(await writePlan(demoPlan()))).toBe(sha(bytes));
  });
});
