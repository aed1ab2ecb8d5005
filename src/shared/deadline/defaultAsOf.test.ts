import { embeddedCampaign } from "../campaign/embedded";
import { serialFromIso } from "../calendar/serial";
import { campaignEndSerial, defaultAsOf } from "./defaultAsOf";

describe("defaultAsOf", () => {
  it("ends the embedded campaign on the last day on time of its latest milestone (DBK, trước 30/5/2021)", () => {
    expect(campaignEndSerial(embeddedCampaign)).toBe(serialFromIso("2021-05-29"));
  });

  it("is today while the campaign runs and shortly after", () => {
    const today = serialFromIso("2021-05-06");
    expect(defaultAsOf(embeddedCampaign, today)).toBe(today);
    const soonAfter = serialFromIso("2021-07-01");
    expect(defaultAsOf(embeddedCampaign, soonAfter)).toBe(soonAfter);
  });

  it("is the campaign's end once today is long past it", () => {
    expect(defaultAsOf(embeddedCampaign, serialFromIso("2026-12-05"))).toBe(
      serialFromIso("2021-05-29"),
    );
  });

  it("prefers the campaign's data cut-off date when it has one", () => {
    const campaign = { ...embeddedCampaign, cutoffDate: "2021-04-30" };
    expect(campaignEndSerial(campaign)).toBe(serialFromIso("2021-04-30"));
    expect(defaultAsOf(campaign, serialFromIso("2026-12-05"))).toBe(serialFromIso("2021-04-30"));
  });
});
