import { toNfc } from "./toNfc";

describe("toNfc", () => {
  it("composes decomposed Vietnamese", () => {
    const nfd = "Hội nghị".normalize("NFD");
    expect(nfd.length).toBeGreaterThan("Hội nghị".length);
    expect(toNfc(nfd)).toBe("Hội nghị");
  });

  it("leaves composed and ASCII text alone", () => {
    expect(toNfc("Hội nghị")).toBe("Hội nghị");
    expect(toNfc("abc 123")).toBe("abc 123");
  });
});
