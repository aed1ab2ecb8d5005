import type { PlanSheet } from "../../shared/model";
import { sheetNames } from "./sheetNames";

const sheets = (...names: string[]) => names.map((name) => ({ name }) as PlanSheet);

describe("sheetNames", () => {
  it("keeps valid names and cuts long ones to 31 characters", () => {
    const long = "Một tên trang tính rất dài vượt quá ba mươi mốt ký tự";
    expect(sheetNames(sheets("Biểu 1", "Đơn vị's", long))).toEqual([
      "Biểu 1",
      "Đơn vị's",
      long.slice(0, 31),
    ]);
  });

  it("refuses what ExcelJS refuses", () => {
    expect(() => sheetNames(sheets(""))).toThrow("can't be empty");
    expect(() => sheetNames(sheets("History"))).toThrow("protected");
    expect(() => sheetNames(sheets("a/b"))).toThrow("cannot include");
    expect(() => sheetNames(sheets("'a"))).toThrow("single quotation mark");
    expect(() => sheetNames(sheets("Data", "DATA"))).toThrow("already exists: DATA");
  });
});
