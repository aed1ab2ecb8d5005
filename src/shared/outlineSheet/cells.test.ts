import { cellNumber } from "./cellNumber";
import { cellText } from "./cellText";

describe("cellText", () => {
  it("gives NFC trimmed text, numbers as written by JavaScript, blank as ''", () => {
    expect(cellText("  Số cuộc ".normalize("NFD"))).toBe("Số cuộc");
    expect(cellText(7)).toBe("7");
    expect(cellText(1.2)).toBe("1.2");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
  });

  it("refuses dates and errors", () => {
    expect(cellText({ kind: "date", serial: 45000 })).toBeUndefined();
    expect(cellText({ kind: "error", code: "#REF!" })).toBeUndefined();
  });
});

describe("cellNumber", () => {
  it("reads numbers and numbers typed as text", () => {
    expect(cellNumber(3)).toBe(3);
    expect(cellNumber("1,5")).toBe(1.5);
    expect(cellNumber("1.000")).toBe(1000);
    expect(cellNumber("-2")).toBe(-2);
    expect(cellNumber("95,5%")).toBe(0.955);
    expect(cellNumber("100%")).toBe(1);
  });

  it("gives null for blank and undefined for non-numbers", () => {
    expect(cellNumber(null)).toBeNull();
    expect(cellNumber("  ")).toBeNull();
    expect(cellNumber("nhiều")).toBeUndefined();
    expect(cellNumber(true)).toBeUndefined();
    expect(cellNumber({ kind: "date", serial: 2 })).toBeUndefined();
  });
});
