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
  it("selectCell activates the sheet and selects the cell in one sync", async () => {
    const calls: string[] = [];
    let syncs = 0;
    const data = {
      context: {
        workbook: {
          worksheets: {
            getItem(name: string) {
              calls.push(`getItem:${name}`);
              return {
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
    const excelMock = new OfficeMockObject(data) as unknown as typeof Excel;
    (globalThis as Record<string, unknown>).Excel = excelMock;
    await selectCell("B2 Kết quả", "E12");
    expect(calls).toEqual(["getItem:B2 Kết quả", "activate", "select:E12"]);
    expect(syncs).toBe(1);
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
