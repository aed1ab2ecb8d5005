import { memoLast } from "./memoLast";

describe("memoLast", () => {
  it("computes once per distinct consecutive text", () => {
    const seen: string[] = [];
    const length = memoLast((text: string) => {
      seen.push(text);
      return { length: text.length };
    });
    const a = length("abc");
    expect(length("abc")).toBe(a);
    expect(length("de")).toEqual({ length: 2 });
    expect(length("abc")).not.toBe(a);
    expect(seen).toEqual(["abc", "de", "abc"]);
  });
});
