import { cellFromExcel } from "./cellFromExcel";
import { columnWidthRuns } from "./columnWidthRuns";
import { joinAddresses } from "./joinAddresses";
import { jsonBytes } from "./jsonBytes";
import { detectFeatures, missingFeatures } from "./requirements";
import { toOfficeValidation } from "./toOfficeValidation";

describe("small adapter helpers", () => {
  it("jsonBytes counts UTF-8 bytes", () => {
    expect(jsonBytes([["Hà Nội"]])).toBe(Buffer.byteLength(JSON.stringify([["Hà Nội"]]), "utf8"));
    expect(jsonBytes("𝔸")).toBe(Buffer.byteLength('"𝔸"', "utf8"));
  });
  it("joinAddresses packs lists under the limit without splitting an address", () => {
    expect(joinAddresses(["A1", "B2:C3", "D4"], 8)).toEqual(["A1,B2:C3", "D4"]);
    expect(joinAddresses([], 8)).toEqual([]);
  });
  it("columnWidthRuns converts characters to points and groups equal neighbours", () => {
    expect(columnWidthRuns([6, 40, 12, 12, 0, 12])).toEqual([
      { c1: 0, c2: 0, points: 35.25 },
      { c1: 1, c2: 1, points: 213.75 },
      { c1: 2, c2: 3, points: 66.75 },
      { c1: 5, c2: 5, points: 66.75 },
    ]);
  });
  it("cellFromExcel maps empties, dates, errors and plain values", () => {
    expect(cellFromExcel("", "General")).toBeNull();
    expect(cellFromExcel(44321, "dd/mm/yyyy")).toEqual({ kind: "date", serial: 44321 });
    expect(cellFromExcel(44321, "#,##0")).toBe(44321);
    expect(cellFromExcel("#REF!", "General")).toEqual({ kind: "error", code: "#REF!" });
    expect(cellFromExcel(true, "General")).toBe(true);
    expect(cellFromExcel("Có", "@")).toBe("Có");
  });
  it("toOfficeValidation fills open bounds and converts date serials to ISO", () => {
    expect(toOfficeValidation({ range: "D5", kind: "whole", min: 0 }).rule).toEqual({
      wholeNumber: { formula1: 0, formula2: 1e15, operator: "Between" },
    });
    expect(toOfficeValidation({ range: "D5", kind: "date", min: 44197, max: 44561 }).rule).toEqual({
      date: { formula1: "2021-01-01", formula2: "2021-12-31", operator: "Between" },
    });
    const list = toOfficeValidation({
      range: "E5",
      kind: "list",
      list: ["Có", "Không"],
      prompt: "Chọn",
      error: "Sai",
    });
    expect(list.rule).toEqual({ list: { inCellDropDown: true, source: "Có,Không" } });
    expect(list.prompt).toMatchObject({ showPrompt: true, message: "Chọn" });
    expect(list.errorAlert).toMatchObject({ showAlert: true, style: "Stop", message: "Sai" });
  });
  it("detectFeatures follows isSetSupported and lists what is missing", () => {
    const upTo = (minor: number) => (name: string, v?: string) =>
      name === "ExcelApi" && Number(v!.split(".")[1]) <= minor;
    const f8 = detectFeatures(upTo(8));
    expect(f8.core && f8.dataValidation).toBe(true);
    expect(missingFeatures(f8)).toEqual([
      "rangeAreas",
      "suspendScreenUpdating",
      "mergedAreas",
      "copySheets",
      "pageLayout",
    ]);
    expect(missingFeatures(detectFeatures(upTo(17)))).toEqual([]);
    expect(
      detectFeatures(() => {
        throw new Error("no host");
      }).core,
    ).toBe(false);
  });
});
