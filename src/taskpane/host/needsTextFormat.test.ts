import { parseExcelInput } from "../preview/emulator/parseExcelInput";
import { needsTextFormat } from "./needsTextFormat";

describe("needsTextFormat", () => {
  it.each([
    "=SUM(A1)",
    "+84 912 345 678",
    "-x",
    "@cmd",
    " =1",
    "1.10",
    "0912345678",
    "1.234,5",
    "95%",
    "5/5/2021",
    "12:30",
    "TRUE",
    "false",
    "Mar-21",
    "5 May",
    "'quoted",
    "(5)",
    "1e5",
  ])("flags %p", (s) => expect(needsTextFormat(s)).toBe(true));
  it.each([
    "Đảng bộ Khối",
    "Cơ quan",
    "2.a",
    "B1 Quán triệt",
    "Có",
    "",
    "Nghị quyết 01-NQ/ĐUK",
    "Năm 2016",
  ])("leaves %p alone", (s) => expect(needsTextFormat(s)).toBe(false));
  it("flags every text the emulated Excel would not keep as the same text", () => {
    const samples = [
      "1",
      "x1",
      "1x",
      "-1",
      "a=b",
      "=b",
      "1/2",
      "TRUE",
      "yes",
      "1.2.3",
      "2.a",
      "٣",
      "00",
      "Hà Nội",
    ];
    for (const s of samples) {
      const parsed = parseExcelInput(s, "General");
      const kept = parsed.kind === "value" && parsed.value === s;
      if (!kept) expect([s, needsTextFormat(s)]).toEqual([s, true]);
    }
  });
});
