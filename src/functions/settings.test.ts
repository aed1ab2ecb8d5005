import { embeddedCampaign } from "../shared/campaign/embedded";
import { activeCampaign, setActiveCampaign } from "./activeCampaign";
import { functionsLanguage, setFunctionsLanguage } from "./language";
import { localized } from "./localized";
import { todaySerial } from "../shared/calendar/todaySerial";

const g = globalThis as { Office?: unknown };
afterEach(() => {
  setFunctionsLanguage(undefined);
  setActiveCampaign(undefined);
  delete g.Office;
});

describe("functionsLanguage", () => {
  it("is Vietnamese without Office, follows Office's display language, and the pane's setting wins", () => {
    expect(functionsLanguage()).toBe("vi");
    g.Office = { context: { displayLanguage: "en-GB" } };
    expect(functionsLanguage()).toBe("en");
    expect(localized({ vi: "Đúng hạn", en: "On time" })).toBe("On time");
    g.Office = { context: { displayLanguage: "vi-VN" } };
    expect(functionsLanguage()).toBe("vi");
    g.Office = { context: { displayLanguage: "fr-FR" } };
    setFunctionsLanguage("vi");
    expect(functionsLanguage()).toBe("vi");
  });

  it("survives an Office whose context is not ready yet", () => {
    g.Office = {
      get context(): never {
        throw new Error("not ready");
      },
    };
    expect(functionsLanguage()).toBe("vi");
  });

  it("is shared through globalThis, as the pane's and the functions' bundles need", () => {
    setFunctionsLanguage("en");
    expect((globalThis as Record<string, unknown>).__phulucFunctionsLanguage).toBe("en");
  });
});

describe("activeCampaign", () => {
  it("is the embedded campaign until the pane sets the workbook's", () => {
    expect(activeCampaign()).toBe(embeddedCampaign);
    const other = { ...embeddedCampaign, id: "khac" };
    setActiveCampaign(other);
    expect(activeCampaign()).toBe(other);
    expect((globalThis as Record<string, unknown>).__phulucActiveCampaign).toBe(other);
    setActiveCampaign(undefined);
    expect(activeCampaign()).toBe(embeddedCampaign);
  });
});

describe("todaySerial", () => {
  it("reads the local calendar day, whatever the hour", () => {
    expect(todaySerial(new Date(2021, 4, 5, 0, 0))).toBe(44321);
    expect(todaySerial(new Date(2021, 4, 5, 23, 59, 59))).toBe(44321);
    expect(todaySerial(new Date(1900, 2, 1, 12))).toBe(61);
    // Without an argument, the clock's day (faked: a real clock may pass midnight between reads).
    jest.useFakeTimers({ now: new Date(2021, 4, 5, 23, 59, 59, 999) });
    try {
      expect(todaySerial()).toBe(44321);
    } finally {
      jest.useRealTimers();
    }
  });
});
