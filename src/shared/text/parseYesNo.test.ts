import { parseYesNo } from "./parseYesNo";

describe("parseYesNo", () => {
  it.each([
    "Có",
    "có",
    "CÓ",
    " có ",
    "Co",
    "x",
    "X",
    "✓",
    "✔",
    "1",
    "Yes",
    "YES",
    "y",
    "TRUE",
    "true",
    "Đúng",
  ])("%j is yes", (s) => expect(parseYesNo(s)).toBe(true));

  it.each(["Không", "không", "KHÔNG", "khong", "0", "No", "n", "FALSE", "Sai"])("%j is no", (s) =>
    expect(parseYesNo(s)).toBe(false),
  );

  it.each(["", "  ", "-", "Đạt", "Chưa", "2", "có không", "yes no", "?"])("%j is neither", (s) =>
    expect(parseYesNo(s)).toBeNull(),
  );

  it("accepts NFD text", () => {
    expect(parseYesNo("Không".normalize("NFD"))).toBe(false);
  });

  it("reads booleans and 1/0 numbers", () => {
    expect(parseYesNo(true)).toBe(true);
    expect(parseYesNo(false)).toBe(false);
    expect(parseYesNo(1)).toBe(true);
    expect(parseYesNo(0)).toBe(false);
    expect(parseYesNo(2)).toBeNull();
    expect(parseYesNo(Number.NaN)).toBeNull();
  });
});

describe("parseYesNo on legacy-font cells", () => {
  it.each([
    ["Cã", true],
    ["Kh«ng", false],
    ["Coù", true],
    ["Khoâng", false],
    ["§óng", true],
  ] as const)("%j → %s", (s, expected) => expect(parseYesNo(s)).toBe(expected));

  it("still refuses other words", () => {
    expect(parseYesNo("Cã thÓ")).toBeNull();
    expect(parseYesNo("café")).toBeNull();
  });
});
