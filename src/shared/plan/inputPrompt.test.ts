import { inputPrompt } from "./inputPrompt";

describe("inputPrompt", () => {
  it("says what to enter, with the outline's bounds as a reader writes numbers", () => {
    expect(inputPrompt("integer", { min: 0 }).prompt).toBe(
      "Nhập số nguyên không âm (từ 0 trở lên).",
    );
    expect(inputPrompt("integer", { min: 0, max: 1500 }).prompt).toBe(
      "Nhập số nguyên từ 0 đến 1.500.",
    );
    expect(inputPrompt("decimal", { max: 500 }).prompt).toBe(
      "Nhập số không quá 500; phần thập phân sau dấu phẩy, ví dụ 3,5.",
    );
    expect(inputPrompt("percent", { min: 0, max: 1 }).prompt).toBe(
      "Nhập tỷ lệ từ 0% đến 100%, ví dụ 95,5%.",
    );
    expect(inputPrompt("yesno", {}).prompt).toBe("Chọn Có hoặc Không trong danh sách.");
  });

  it("never quotes a date's bounds, which are serials", () => {
    const date = inputPrompt("date", { min: 44197, max: 44561 });
    expect(date.prompt).toBe("Nhập ngày dạng dd/mm/yyyy, ví dụ 15/04/2021.");
    expect(date.error).not.toMatch(/\d{5}/);
  });

  it("keeps every message within Excel's 255 characters, and gives text no prompt", () => {
    for (const type of [
      "integer",
      "decimal",
      "percent",
      "date",
      "yesno",
      "choice",
      "text",
    ] as const) {
      const { prompt, error } = inputPrompt(type, { min: -1e15, max: 1e15 });
      expect((prompt ?? "").length).toBeLessThanOrEqual(255);
      expect(error.length).toBeLessThanOrEqual(255);
    }
    expect(inputPrompt("text", {}).prompt).toBeUndefined();
  });
});
