import { serialFromIso } from "../shared/calendar/serial";
import { embeddedCampaign } from "../shared/campaign/embedded";
import { findMilestoneDue } from "./findMilestoneDue";
import { isLevelCode, lastDayOnTime } from "./lastDayOnTime";
import { errorCodeOf } from "../../test/functions/customFunctionsStandIn";

const DUE = { vi: "hạn", en: "due date" };
const codeOf = errorCodeOf;

describe("findMilestoneDue", () => {
  it("finds milestones by id, Vietnamese word or label, level code in any case", () => {
    expect(findMilestoneDue(embeddedCampaign, "cbcs").milestone.id).toBe("report");
    expect(findMilestoneDue(embeddedCampaign, "CBCS", "Hội Nghị").due).toBe(
      serialFromIso("2021-04-15"),
    );
    expect(findMilestoneDue(embeddedCampaign, "CBCS", "conference").due).toBe(
      serialFromIso("2021-04-15"),
    );
    expect(findMilestoneDue(embeddedCampaign, "CBCS", "báo cáo").asWritten).toContain(
      "trước ngày 05/5/2021",
    );
    expect(findMilestoneDue(embeddedCampaign, "CBTT", "sinh hoat chuyen de").inclusive).toBe(true);
    expect(findMilestoneDue(embeddedCampaign, "DBK", "").milestone.id).toBe(
      embeddedCampaign.levels
        .find((l) => l.code === "DBK")!
        .milestones.some((m) => m.id === "report")
        ? "report"
        : "conference",
    );
  });

  it("gives #N/A for an unknown level or milestone", () => {
    expect(codeOf(() => findMilestoneDue(embeddedCampaign, "CB"))).toBe("#N/A");
    expect(codeOf(() => findMilestoneDue(embeddedCampaign, "CBCS", "tổng kết"))).toBe("#N/A");
  });
});

describe("lastDayOnTime", () => {
  it("reads every level's default milestone with its own inclusiveness", () => {
    for (const level of embeddedCampaign.levels) {
      const found = findMilestoneDue(embeddedCampaign, level.code);
      expect(lastDayOnTime(level.code, DUE)).toBe(found.inclusive ? found.due : found.due - 1);
    }
  });

  it("takes a date as the last day on time itself", () => {
    expect(lastDayOnTime(44321, DUE)).toBe(44321);
    expect(lastDayOnTime("05/05/2021", DUE)).toBe(44321);
    expect(codeOf(() => lastDayOnTime("", DUE))).toBe("#N/A");
  });

  it("tells level codes from dates and numbers", () => {
    expect(["CBCS", "dbk", "X.1"].every(isLevelCode)).toBe(true);
    expect(["05/5/2021", "2021-05-05", "44321", " ", 44321, null].some(isLevelCode)).toBe(false);
  });
});
