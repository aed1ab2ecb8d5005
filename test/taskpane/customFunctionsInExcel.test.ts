import { ExcelEmulation } from "../../src/taskpane/preview/emulator/excelEmulation";
import type { CustomFunctionsRegistration } from "../../src/taskpane/preview/emulator/customFunctions";
import { EmuWorkbook } from "../../src/taskpane/preview/emulator/workbookModel";
import { installCustomFunctionsStandIn } from "../functions/customFunctionsStandIn";
import { phulucRegistration } from "../functions/phulucRegistration";

/**
 * The PHULUC functions evaluated in formulas of the emulated workbook, registered with the
 * metadata the build ships, under Excel's documented rules for error inputs and messages.
 */
let uninstall: () => void;
let finished: CustomFunctionsRegistration;
let generated: CustomFunctionsRegistration;
beforeAll(async () => {
  uninstall = installCustomFunctionsStandIn();
  finished = await phulucRegistration(true);
  generated = await phulucRegistration(false);
}, 60_000);
afterAll(() => uninstall());

/** Writes `formulas` (rows from A1) into a fresh workbook and reads back the values. */
async function evaluate(reg: CustomFunctionsRegistration, formulas: unknown[][]) {
  const emu = new ExcelEmulation(new EmuWorkbook(["Sheet1"]), { customFunctions: reg });
  return emu.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Sheet1");
    const address = `A1:${String.fromCharCode(64 + formulas[0].length)}${formulas.length}`;
    ws.getRange(address).formulas = formulas;
    const range = ws.getRange(address);
    range.load("values");
    await context.sync();
    return range.values;
  });
}

// Submission dates of four units in column A: on time, blank, a #N/A from a lookup, late.
const RANGE_WITH_ERROR = [[44320], [""], ["=#N/A"]];

describe("error cells in ranges (allowErrorForDataTypeAny)", () => {
  it("with the shipped metadata, the rates count an error cell as not filled / not submitted", async () => {
    const values = await evaluate(finished, [
      [44320, "=PHULUC.REPORTINGRATE(A1:A4)"],
      ["", '=PHULUC.TIMELINESS(A1:A4,"CBCS")'],
      ["=#N/A", "=PHULUC.COMPLETION(A1:A4)"],
      [44321, "=PHULUC.DEADLINE(A3)"],
    ]);
    expect(values.map((r) => r[1])).toEqual([0.5, 0.5, 0.5, "#N/A"]);
  });

  it("as the generator alone writes it, Excel returns the range's error without calling", async () => {
    expect(generated.metadata.allowErrorForDataTypeAny).toBeUndefined();
    const values = await evaluate(generated, [
      ...RANGE_WITH_ERROR.slice(0, 3).map((r) => [...r, ""]),
      [44321, "=PHULUC.REPORTINGRATE(A1:A4)"],
    ]);
    expect(values[3][1]).toBe("#N/A");
  });
});

describe("function ids and messages", () => {
  it("WORKDAYVN and NETWORKDAYSVN compute; the built-in names are not ours", async () => {
    const values = await evaluate(finished, [
      [
        "=PHULUC.WORKDAYVN(44315,1)",
        "=PHULUC.NETWORKDAYSVN(44312,44323)",
        "=PHULUC.WORKDAY(44315,1)",
      ],
    ]);
    expect(values).toEqual([[44320, 8, "#NAME?"]]);
  });

  it("keeps a message on #VALUE! and #N/A only", async () => {
    const emu = new ExcelEmulation(new EmuWorkbook(["Sheet1"]), { customFunctions: finished });
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").formulas = [
        ['=PHULUC.DEADLINE("XX")', '=PHULUC.LUNAR(44320,"x")', "=PHULUC.COMPLETION(B5:B6,B5:B6)"],
      ];
      await context.sync();
    });
    const book = emu.workbook;
    expect(book.value("Sheet1", 0, 0)).toMatchObject({
      error: "#N/A",
      message: expect.any(String),
    });
    expect(book.value("Sheet1", 0, 1)).toMatchObject({
      error: "#VALUE!",
      message: expect.any(String),
    });
    expect(book.value("Sheet1", 0, 2)).toEqual({ error: "#DIV/0!" });
  });
});
