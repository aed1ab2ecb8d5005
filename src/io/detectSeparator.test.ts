import { detectSeparator } from "./detectSeparator";

describe("detectSeparator", () => {
  it("finds ';' when commas are only decimal marks or inside quotes", () => {
    expect(detectSeparator('Mã;Tên\n1;"Hà Nội, Việt Nam"')).toBe(";");
    expect(detectSeparator("Chỉ tiêu;2024;2025\nTỷ lệ;95,5;96,1\nSố;1;2")).toBe(";");
  });

  it("finds ',' and tab", () => {
    expect(detectSeparator("code,name,value\n1,Hà Nội,12.5\n2,Huế,3")).toBe(",");
    expect(detectSeparator("Mã\tTên\n1\tHuế, Thừa Thiên")).toBe("\t");
  });

  it("prefers the candidate whose count is the same on every line", () => {
    // Two commas in the title line only; ';' is consistent.
    expect(detectSeparator("Báo cáo, năm 2025, quý 4;;\na;b;c\nd;e;f")).toBe(";");
  });

  it("falls back to ',' for a single column", () => {
    expect(detectSeparator("chỉ một cột\nhai")).toBe(",");
  });
});
