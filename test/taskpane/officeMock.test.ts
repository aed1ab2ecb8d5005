import { OfficeMockObject } from "office-addin-mock";
import { selectCell } from "../../src/taskpane/host/selectCell";

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
