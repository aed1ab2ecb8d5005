import fc from "fast-check";
import { parseNumberText } from "./parseNumberText";

const read = (s: string) => parseNumberText(s);

describe("parseNumberText", () => {
  it.each([
    ["12", 12, "plain"],
    [" 12 ", 12, "plain"],
    ["\u00a012\u00a0", 12, "plain"],
    ["007", 7, "plain"],
    ["1 234", 1234, "plain"],
    ["1\u2009234\u2009567", 1234567, "plain"],
    ["1\u202f234", 1234, "plain"],
    ["1.234", 1234, "vi"],
    ["1.234.567", 1234567, "vi"],
    ["1.234,5", 1234.5, "vi"],
    ["1.234.567,891", 1234567.891, "vi"],
    ["12,5", 12.5, "vi"],
    ["1234,5", 1234.5, "vi"],
    ["1234,567", 1234.567, "vi"],
    ["0,123", 0.123, "vi"],
    [",5", 0.5, "vi"],
    ["1 234,5", 1234.5, "vi"],
    ["1.5", 1.5, "en"],
    ["1234.5", 1234.5, "en"],
    ["0.123", 0.123, "en"],
    [".5", 0.5, "en"],
    ["1,234,567", 1234567, "en"],
    ["1,234.5", 1234.5, "en"],
    ["1 234.5", 1234.5, "en"],
    ["1.5E+3", 1500, "en"],
    ["1e+21", 1e21, "plain"],
    ["2E-3", 0.002, "plain"],
    ["-3", -3, "plain"],
    ["−3", -3, "plain"],
    ["(3)", -3, "plain"],
    ["(1.234,5)", -1234.5, "vi"],
    ["+5", 5, "plain"],
    ["-0", 0, "plain"],
  ] as const)("%j → %d (%s)", (text, value, interpretation) => {
    expect(read(text)).toEqual({ value, interpretation, percent: false });
  });

  it.each([
    ["1,234", 1.234, 1234, false],
    ["12,345", 12.345, 12345, false],
    ["-123,456", -123.456, -123456, false],
    ["(1,500)", -1.5, -1500, false],
    ["1,234%", 1.234, 1234, true],
  ] as const)(
    "ambiguous %j → %d, or %d read the English way",
    (text, value, alternative, percent) => {
      expect(read(text)).toEqual({ value, interpretation: "ambiguous", percent, alternative });
    },
  );

  it.each([
    ["95,5%", 95.5, "vi"],
    ["95,5 %", 95.5, "vi"],
    ["100%", 100, "plain"],
    ["(5%)", -5, "plain"],
    ["(5)%", -5, "plain"],
    ["-12.5%", -12.5, "en"],
  ] as const)("percent %j → %d", (text, value, interpretation) => {
    expect(read(text)).toEqual({ value, interpretation, percent: true });
  });

  it.each([
    "",
    "   ",
    "abc",
    "12a",
    "a12",
    "1.2.3,4,5",
    "1..2",
    "1,,2",
    "1.",
    "1,",
    "12 5",
    "1  234",
    "- 3",
    "--3",
    "(-3)",
    "()",
    "%",
    "5%%",
    "1,234.567,8",
    "1.234 567",
    "1.23.456",
    "12.3456.789",
    "0.123.456",
    "1e",
    "1e+",
    "1,5e3",
    "Infinity",
    "NaN",
    "0x10",
    "1e400",
    "١٢",
    "12 đồng",
  ])("rejects %j", (text) => {
    expect(read(text)).toBeNull();
  });

  it("reads String(n) back for every safe integer", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const parsed = read(String(n));
        return parsed !== null && parsed.value === n && parsed.interpretation === "plain";
      }),
    );
  });

  it("reads Vietnamese-formatted integers back, as vi (or plain below 1000)", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const text = n.toLocaleString("vi-VN");
        const parsed = read(text);
        if (parsed === null || parsed.value !== n) return false;
        return Math.abs(n) < 1000
          ? parsed.interpretation === "plain"
          : parsed.interpretation === "vi";
      }),
    );
  });

  it("reads Vietnamese-formatted decimals back", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 99 }), (i, f) => {
        const n = i + (i < 0 ? -f : f) / 100;
        const text = n.toLocaleString("vi-VN", { maximumFractionDigits: 2 });
        const parsed = read(text);
        return parsed !== null && Math.abs(parsed.value - n) < 1e-6;
      }),
    );
  });

  it("reads English-formatted numbers with a decimal part as en", () => {
    expect(read((1234567.5).toLocaleString("en-US"))).toEqual({
      value: 1234567.5,
      interpretation: "en",
      percent: false,
    });
  });

  it("never throws and returns only finite numbers", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789.,  %()+-eE\u00a0a") }), (s) => {
        const parsed = read(s);
        return parsed === null || Number.isFinite(parsed.value);
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(
        fc.string({ unit: "binary" }),
        (s) => read(s) === null || Number.isFinite(read(s)!.value),
      ),
    );
  });
});
