import { runSelfTest, SELF_TEST_SHEET } from "../../src/taskpane/host/selfTest";
import { ExcelEmulation } from "../../src/taskpane/preview/emulator/excelEmulation";
import { EmuWorkbook } from "../../src/taskpane/preview/emulator/workbookModel";
import { installCustomFunctionsStandIn } from "../functions/customFunctionsStandIn";
import { phulucRegistration } from "../functions/phulucRegistration";

/**
 * The one-click self-test, run against the emulated Excel with the PHULUC functions registered as
 * the build ships them: every check passes and the scratch sheet is gone. With the metadata as the
 * generator alone writes it, the self-test catches the #N/A range Excel would not pass in.
 */
let uninstall: () => void;
beforeAll(() => (uninstall = installCustomFunctionsStandIn()));
afterAll(() => uninstall());

describe("self-test (Tự kiểm tra)", () => {
  it("runs green against the emulation and leaves the workbook as it was", async () => {
    const book = new EmuWorkbook(["Sheet1"]);
    book.sheet("Sheet1")!.touch(0, 0).value = "dữ liệu của người dùng";
    new ExcelEmulation(book, { customFunctions: await phulucRegistration() }).install();
    const checks = await runSelfTest();
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    const functions = new Set(checks.filter((c) => c.name).map((c) => c.name));
    expect([...functions].sort()).toEqual(
      [
        "COMPLETION",
        "DAYSLEFT",
        "DEADLINE",
        "ISHOLIDAY",
        "LUNAR",
        "NETWORKDAYSVN",
        "ONTIME",
        "REPORTINGRATE",
        "STATUS",
        "TIMELINESS",
        "WORKDAYSLEFT",
        "WORKDAYVN",
      ].sort(),
    );
    expect(checks.map((c) => c.label)).toEqual(
      expect.arrayContaining(["selfTestWrite", "selfTestList", "selfTestRead", "selfTestCleanup"]),
    );
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(book.value("Sheet1", 0, 0)).toBe("dữ liệu của người dùng");
    expect(book.sheet(SELF_TEST_SHEET)).toBeUndefined();
  });

  it("reports what fails, in checks the pane can name: here error inputs blocked by Excel", async () => {
    const book = new EmuWorkbook(["Sheet1"]);
    new ExcelEmulation(book, { customFunctions: await phulucRegistration(false) }).install();
    const failed = (await runSelfTest()).filter((c) => !c.ok);
    expect(failed.map((c) => [c.name, c.got])).toEqual([
      ["REPORTINGRATE", "#N/A"],
      ["TIMELINESS", "#N/A"],
    ]);
    expect(book.sheet(SELF_TEST_SHEET)).toBeUndefined();
  });

  it("says Excel failed, and still removes the scratch sheet, when a write is refused", async () => {
    const book = new EmuWorkbook(["Sheet1"]);
    new ExcelEmulation(book, { supported: { ExcelApi: "1.7" } }).install();
    const checks = await runSelfTest();
    expect(checks.find((c) => c.label === "selfTestExcelError")).toMatchObject({ ok: false });
    expect(checks.at(-1)).toEqual({ label: "selfTestCleanup", ok: true });
    expect(book.sheet(SELF_TEST_SHEET)).toBeUndefined();
  });
});
