import { memoizeText } from "./memoizeText";

describe("memoizeText", () => {
  it("computes each text once and returns the same result", () => {
    const seen: string[] = [];
    const upper = memoizeText((s) => {
      seen.push(s);
      return s.toUpperCase();
    });
    expect([upper("a"), upper("b"), upper("a")]).toEqual(["A", "B", "A"]);
    expect(seen).toEqual(["a", "b"]);
  });

  it("caches undefined results too", () => {
    let calls = 0;
    const none = memoizeText(() => {
      calls++;
      return undefined;
    });
    none("x");
    none("x");
    expect(calls).toBe(1);
  });

  it("starts afresh when full, so memory stays bounded", () => {
    let calls = 0;
    const id = memoizeText((s) => (calls++, s), { maxEntries: 2 });
    id("a");
    id("b");
    id("c"); // clears, holds c
    id("a"); // computed again
    expect(calls).toBe(4);
    expect(id("c")).toBe("c");
    expect(calls).toBe(4);
  });

  it("never keeps long texts", () => {
    let calls = 0;
    const id = memoizeText((s) => (calls++, s), { maxLength: 3 });
    id("long");
    id("long");
    expect(calls).toBe(2);
  });
});
