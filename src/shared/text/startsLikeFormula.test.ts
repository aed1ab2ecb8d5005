import fc from "fast-check";
import { startsLikeFormula } from "./startsLikeFormula";

describe("startsLikeFormula", () => {
  it.each([
    "=1+1",
    "+84 912",
    "-5",
    "@SUM(A1)",
    "  =HYPERLINK()",
    "\u00a0-x",
    "\t1",
    "\rabc",
    "＝1",
  ])("flags %j", (s) => expect(startsLikeFormula(s)).toBe(true));

  it.each(["", "   ", "Hà Nội", "1=1", "a-b", "(3)", "'=1", "5%"])("accepts %j as text", (s) =>
    expect(startsLikeFormula(s)).toBe(false),
  );

  it("flags any formula start after leading spaces, whatever follows", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("", " ", "  ", "\u00a0", "\n", " \t"),
        fc.constantFrom("=", "+", "-", "@"),
        fc.string(),
        (ws, op, rest) => startsLikeFormula(ws + op + rest),
      ),
    );
  });

  it("never flags text starting with a letter or digit", () => {
    fc.assert(
      fc.property(fc.constantFrom("a", "Đ", "ệ", "Z", "0", "9"), fc.string(), (head, rest) => {
        return !startsLikeFormula(head + rest);
      }),
    );
  });
});
