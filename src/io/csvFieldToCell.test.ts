import { csvFieldToCell } from "./csvFieldToCell";

describe("csvFieldToCell", () => {
  it("reads plain numbers in the notation of the separator", () => {
    expect(csvFieldToCell("12,5", ";")).toBe(12.5);
    expect(csvFieldToCell("-3", ";")).toBe(-3);
    expect(csvFieldToCell("12.5", ",")).toBe(12.5);
    expect(csvFieldToCell("0", "\t")).toBe(0);
  });

  it("leaves ambiguous or formatted text for the reader", () => {
    for (const text of ["1.234", "1.234,5", "95,5%", " 12 ", "05/5/2021", "+84", "1e5"]) {
      expect(csvFieldToCell(text, ";")).toBe(text);
    }
    expect(csvFieldToCell("12,5", ",")).toBe("12,5");
  });

  it("keeps codes with leading zeros and over-long digit strings as text", () => {
    expect(csvFieldToCell("007", ",")).toBe("007");
    expect(csvFieldToCell("0123456789012345678", ",")).toBe("0123456789012345678");
    expect(csvFieldToCell("1234567890123456", ",")).toBe("1234567890123456");
  });

  it("maps an empty field to null", () => {
    expect(csvFieldToCell("", ";")).toBeNull();
  });
});
