import { OfficeMockObject } from "office-addin-mock";
import { setActiveCampaign } from "../../src/functions/activeCampaignStore";
import {
  ACTIVE_CAMPAIGN_SETTING,
  keepActiveCampaign,
  readStoredCampaign,
} from "../../src/taskpane/host/activeCampaignSetting";
import { readMerges, type MergeTarget } from "../../src/taskpane/host/readMerges";
import { selectCell } from "../../src/taskpane/host/selectCell";
import { miniCampaign } from "../fixtures/miniCampaign";

// office-addin-mock only needs the OfficeApp enum of office-addin-manifest, whose dependency chain
// ships ES modules jest's CommonJS runtime cannot load; the enum values are those of the package.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

/** The same adapter code against Microsoft's own mock of the Office.js object model. */
describe("adapter against office-addin-mock", () => {
  /** Excel.run over a mock workbook with one sheet of the given visibility, recording calls. */
  function mockExcel(visibility: string) {
    const calls: string[] = [];
    let syncs = 0;
    const data = {
      context: {
        workbook: {
          worksheets: {
            getItemOrNullObject(name: string) {
              calls.push(`getItemOrNullObject:${name}`);
              return {
                isNullObject: false,
                visibility,
                load: (props: string) => calls.push(`load:${props}`),
                activate: () => calls.push("activate"),
                getRange: (address: string) => ({ select: () => calls.push(`select:${address}`) }),
              };
            },
          },
        },
        sync: async () => {
          syncs++;
        },
      },
      run: async function (callback: (ctx: unknown) => Promise<unknown>) {
        return callback(this.context);
      },
    };
    (globalThis as Record<string, unknown>).Excel = new OfficeMockObject(
      data,
    ) as unknown as typeof Excel;
    return { calls, syncs: () => syncs };
  }

  it("selectCell reads the sheet's visibility, then activates it and selects the cell", async () => {
    const mock = mockExcel("Visible");
    await selectCell("B2 Kết quả", "E12");
    expect(mock.calls).toEqual([
      "getItemOrNullObject:B2 Kết quả",
      "load:visibility",
      "activate",
      "select:E12",
    ]);
    expect(mock.syncs()).toBe(2);
  });

  it("selectCell explains a hidden sheet instead of asking Excel to activate it", async () => {
    const mock = mockExcel("Hidden");
    await expect(selectCell("B2 Kết quả", "E12")).rejects.toMatchObject({
      key: "errSheetHidden",
      params: { sheet: "B2 Kết quả" },
    });
    expect(mock.calls).not.toContain("activate");
  });

  it("a property read before load+sync is an error in the mock as in our emulation", async () => {
    const mock = new OfficeMockObject({ range: { address: "Sheet1!A1" } }) as unknown as {
      range: { address: unknown; load(p: string): void };
      sync(): Promise<void>;
    };
    mock.range.load("address");
    expect(String(mock.range.address)).toMatch(/sync/i);
    await mock.sync();
    expect(mock.range.address).toBe("Sheet1!A1");
  });
});

/**
 * Objects the adapter gets back from Excel, made by office-addin-mock so that a property read
 * before load + sync gives the mock's error text (never the value), and a context whose sync
 * syncs them all. `isNullObject` is set outright: Office.js gives it after any sync, loaded or not.
 */
function mockContext() {
  const made: OfficeMockObject[] = [];
  const calls: string[] = [];
  let syncs = 0;
  const proxy = (data: Record<string, unknown>, isNullObject = false) => {
    const m = new OfficeMockObject(data);
    (m as unknown as { isNullObject: boolean }).isNullObject = isNullObject;
    made.push(m);
    return m as unknown;
  };
  const sync = async () => {
    syncs++;
    for (const m of made) await m.sync();
  };
  return { made, calls, proxy, sync, syncs: () => syncs };
}

describe("the campaign kept with the workbook, against office-addin-mock", () => {
  afterAll(() => setActiveCampaign(undefined));

  function mockSettings(stored: string | undefined) {
    const ctx = mockContext();
    const data = {
      context: {
        workbook: {
          settings: {
            getItemOrNullObject(key: string) {
              ctx.calls.push(`getItemOrNullObject:${key}`);
              return ctx.proxy({ value: stored ?? "" }, stored === undefined);
            },
            add(key: string, value: string) {
              ctx.calls.push(`add:${key}:${value.length}`);
            },
          },
          application: {
            calculate(type: string) {
              ctx.calls.push(`calculate:${type}`);
            },
          },
        },
        sync: ctx.sync,
      },
      run: async function (callback: (c: unknown) => Promise<unknown>) {
        return callback(this.context);
      },
    };
    const excel = new OfficeMockObject(data) as unknown as Record<string, unknown>;
    // An enum, not a loadable property: plain values, as in Office.js.
    excel.CalculationType = { full: "Full", recalculate: "Recalculate" };
    (globalThis as Record<string, unknown>).Excel = excel;
    return ctx;
  }

  it("stores a new campaign and asks for a full recalculation, in two syncs", async () => {
    const ctx = mockSettings(undefined);
    expect(await keepActiveCampaign(miniCampaign)).toBe(true);
    const json = JSON.stringify(miniCampaign);
    expect(ctx.calls).toEqual([
      `getItemOrNullObject:${ACTIVE_CAMPAIGN_SETTING}`,
      `add:${ACTIVE_CAMPAIGN_SETTING}:${json.length}`,
      "calculate:Full",
    ]);
    expect(ctx.syncs()).toBe(2);
  });

  it("leaves the workbook alone (no write, no recalculation) when it already holds the campaign", async () => {
    // Read before load + sync, the mock's value is an error text, never the stored JSON: equal
    // only if the adapter loaded and synced first.
    const ctx = mockSettings(JSON.stringify(miniCampaign));
    expect(await keepActiveCampaign(miniCampaign)).toBe(false);
    expect(ctx.calls).toEqual([`getItemOrNullObject:${ACTIVE_CAMPAIGN_SETTING}`]);
    expect(ctx.syncs()).toBe(1);
  });

  it("reads the stored campaign back, and nothing from a missing or broken setting", async () => {
    mockSettings(JSON.stringify({ id: "kept" }));
    expect(await readStoredCampaign()).toEqual({ id: "kept" });
    mockSettings(undefined);
    expect(await readStoredCampaign()).toBeUndefined();
    mockSettings("{not json");
    expect(await readStoredCampaign()).toBeUndefined();
  });
});

describe("merged areas against office-addin-mock", () => {
  /**
   * A context whose ranges answer getMergedAreasOrNullObject like Excel: a null object where there
   * is no merge (reading its address would be a call on a null object), and a failed sync
   * whenever a range asked holds more than 512 merged areas (here: one merge per row).
   */
  function mockMerges() {
    const ctx = mockContext();
    let asked: Array<{ rows: number }> = [];
    const sheet = (name: string, mergedRows: number) => ({
      name,
      getRangeByIndexes(row: number, col: number, rows: number) {
        return {
          getMergedAreasOrNullObject() {
            const hit = Math.max(0, Math.min(row + rows, mergedRows) - row);
            asked.push({ rows: hit });
            if (hit === 0) {
              return {
                isNullObject: true,
                load: () => undefined,
                get address(): string {
                  throw new Error(`${name}: a member of a null object was read`);
                },
              };
            }
            const address = Array.from(
              { length: hit },
              (_, i) => `${name}!A${row + i + 1}:B${row + i + 1}`,
            ).join(",");
            return ctx.proxy({ address });
          },
        };
      },
    });
    const context = {
      sync: async () => {
        const over = asked.some((a) => a.rows > 512);
        asked = [];
        if (over) {
          await ctx.sync();
          throw new Error("GeneralException: more than 512 merged areas");
        }
        await ctx.sync();
      },
    };
    const target = (ws: ReturnType<typeof sheet>, rows: number): MergeTarget => ({
      ws: ws as unknown as Excel.Worksheet,
      name: ws.name,
      row: 0,
      col: 0,
      rows,
      cols: 2,
    });
    return { ctx, context: context as unknown as Excel.RequestContext, sheet, target };
  }

  it("asks every sheet in one sync and skips the null object of a sheet without merges", async () => {
    const m = mockMerges();
    const out = await readMerges(m.context, [
      m.target(m.sheet("A", 3), 10),
      m.target(m.sheet("Trống", 0), 10),
    ]);
    expect(out.get("A")).toEqual(["A!A1:B1", "A!A2:B2", "A!A3:B3"]);
    expect(out.has("Trống")).toBe(false);
    expect(m.ctx.syncs()).toBe(1);
  });

  it("reads a sheet of 1,200 merged areas block by block once Excel refuses it whole", async () => {
    const m = mockMerges();
    const out = await readMerges(m.context, [
      m.target(m.sheet("Nhiều", 1200), 1200),
      m.target(m.sheet("Ít", 2), 5),
    ]);
    const many = out.get("Nhiều")!;
    expect(new Set(many).size).toBe(1200);
    expect(many[0]).toBe("Nhiều!A1:B1");
    expect(many[1199]).toBe("Nhiều!A1200:B1200");
    expect(out.get("Ít")).toEqual(["Ít!A1:B1", "Ít!A2:B2"]);
    expect(m.ctx.syncs()).toBeGreaterThan(2);
  });
});
