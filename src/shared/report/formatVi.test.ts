import { formatMillionDong, formatViNumber, formatViPercent } from "./formatVi";
import { countInProse, numberInWords } from "./numberWords";

describe("Vietnamese number writing", () => {
  it("writes figures with '.' between thousands and ',' before decimals", () => {
    expect(formatViNumber(2531)).toBe("2.531");
    expect(formatViNumber(1234567.891)).toBe("1.234.567,89");
    expect(formatViNumber(93.75)).toBe("93,75");
    expect(formatViNumber(12.345, 1)).toBe("12,3");
    expect(formatViNumber(-0.001)).toBe("0");
    expect(formatViPercent(0.9375)).toBe("93,75 %");
    expect(formatViPercent(45 / 48)).toBe("93,75 %");
    expect(formatViPercent(1)).toBe("100 %");
    expect(formatMillionDong(1234567.8)).toBe("1.234,57 tỷ đồng");
    expect(formatMillionDong(850.5)).toBe("850,5 triệu đồng");
  });

  it("spells numbers out as offices read them", () => {
    expect(numberInWords(0)).toBe("không");
    expect(numberInWords(5)).toBe("năm");
    expect(numberInWords(10)).toBe("mười");
    expect(numberInWords(15)).toBe("mười lăm");
    expect(numberInWords(21)).toBe("hai mươi mốt");
    expect(numberInWords(24)).toBe("hai mươi tư");
    expect(numberInWords(105)).toBe("một trăm linh năm");
    expect(numberInWords(1005)).toBe("một nghìn không trăm linh năm");
    expect(numberInWords(2531)).toBe("hai nghìn năm trăm ba mươi mốt");
    expect(numberInWords(1000000)).toBe("một triệu");
    expect(numberInWords(2000500)).toBe("hai triệu năm trăm");
    expect(numberInWords(2000005)).toBe("hai triệu không trăm linh năm");
    expect(numberInWords(1200000000000)).toBe("một nghìn hai trăm tỷ");
  });

  it("writes small counts in words in prose, larger ones in figures", () => {
    expect(countInProse(2)).toBe("hai");
    expect(countInProse(10)).toBe("mười");
    expect(countInProse(45)).toBe("45");
    expect(countInProse(1200)).toBe("1.200");
  });
});
