import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import type { Campaign } from "../../src/shared/model";
import { campaignSchema } from "../../src/shared/model/campaign";
import { setActiveCampaign } from "../../src/functions/activeCampaignStore";
import {
  ACTIVE_CAMPAIGN_SETTING,
  keepActiveCampaign,
  readStoredCampaign,
} from "../../src/taskpane/host/activeCampaignSetting";
import { ExcelEmulation } from "../../src/taskpane/preview/emulator/excelEmulation";
import { EmuWorkbook } from "../../src/taskpane/preview/emulator/workbookModel";
import { installCustomFunctionsStandIn } from "../functions/customFunctionsStandIn";
import { phulucRegistration } from "../functions/phulucRegistration";

/** The embedded campaign with every grassroots report due ten days later (15/5/2021). */
const later: Campaign = {
  ...embeddedCampaign,
  id: "sau-10-ngay",
  levels: embeddedCampaign.levels.map((l) => ({
    ...l,
    milestones: l.milestones.map((m) => (m.id === "report" ? { ...m, due: "2021-05-15" } : m)),
  })),
};

let uninstall: () => void;
beforeAll(() => (uninstall = installCustomFunctionsStandIn()));
afterAll(() => {
  setActiveCampaign(undefined);
  uninstall();
});

describe("the active campaign is kept with the workbook", () => {
  it("recalculates DEADLINE cells when it changes, and a reopened workbook finds it", async () => {
    const book = new EmuWorkbook(["Sheet1"]);
    const emu = new ExcelEmulation(book, { customFunctions: await phulucRegistration() }).install();
    setActiveCampaign(undefined);
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").formulas = [
        ['=PHULUC.DEADLINE("CBCS")', '=PHULUC.ONTIME(44325,"CBCS")'],
      ];
      await context.sync();
    });
    expect([book.value("Sheet1", 0, 0), book.value("Sheet1", 0, 1)]).toEqual([44320, false]);

    // Excel keeps a non-volatile function's result until its arguments change: without the
    // recalculation these cells would still show the embedded campaign's answers.
    expect(await keepActiveCampaign(later)).toBe(true);
    expect([book.value("Sheet1", 0, 0), book.value("Sheet1", 0, 1)]).toEqual([44330, true]);
    expect(emu.stats.calculations).toEqual(["Full"]);
    expect(await keepActiveCampaign(later)).toBe(false);
    expect(emu.stats.calculations).toEqual(["Full"]);

    // Reopened: a new session over the same workbook reads the campaign kept in its settings.
    setActiveCampaign(undefined);
    new ExcelEmulation(book).install();
    expect(book.settings.has(ACTIVE_CAMPAIGN_SETTING)).toBe(true);
    const stored = campaignSchema.parse(await readStoredCampaign());
    expect(stored.id).toBe("sau-10-ngay");
    expect(stored.levels[1].milestones.find((m) => m.id === "report")!.due).toBe("2021-05-15");
  });

  it("reads nothing from a workbook that has no campaign kept", async () => {
    new ExcelEmulation(new EmuWorkbook(["Sheet1"])).install();
    expect(await readStoredCampaign()).toBeUndefined();
  });
});
