import fc from "fast-check";
import { fixLegacyText, convertLegacyText, detectLegacyEncoding } from "./legacy";
import { encodeLegacyText } from "./encodeLegacyText";
import { isVietnameseSyllable } from "./isVietnameseSyllable";
import { matchChoice } from "./matchChoice";
import { normalizeLabel } from "./normalizeLabel";
import { parseDateText } from "./parseDateText";
import { parseNumberText } from "./parseNumberText";
import { parseYesNo } from "./parseYesNo";
import { startsLikeFormula } from "./startsLikeFormula";
import { toNfc } from "./toNfc";

/** Every text function is called on every cell of every unit file: none may throw. */
const all: ((s: string) => unknown)[] = [
  toNfc,
  normalizeLabel,
  fixLegacyText,
  detectLegacyEncoding,
  (s) => convertLegacyText(s, "tcvn3"),
  (s) => convertLegacyText(s, "vni"),
  (s) => encodeLegacyText(s, "tcvn3"),
  (s) => encodeLegacyText(s, "vni"),
  isVietnameseSyllable,
  (s) => matchChoice(s, ["Có", "Không", String(s).slice(1)]),
  parseDateText,
  parseNumberText,
  parseYesNo,
  startsLikeFormula,
];

describe("text functions are total", () => {
  it.each(["grapheme-ascii", "binary", "grapheme"] as const)(
    "never throw on arbitrary %s strings",
    (unit) => {
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 200 }), (s) => {
          for (const f of all) f(s);
        }),
        { numRuns: 1000 },
      );
    },
  );

  it("never throw on lone surrogates, controls or very long text", () => {
    const odd = [
      "\ud800",
      "\udc00x",
      "\u0000",
      "\u0001\u0011",
      "a".repeat(100000),
      "1".repeat(400),
      "(".repeat(50),
    ];
    for (const s of odd) for (const f of all) expect(() => f(s)).not.toThrow();
  });

  it("never throw on non-string input from untyped callers", () => {
    for (const v of [undefined, null, 12, {}, []]) {
      for (const f of all) expect(() => f(v as unknown as string)).not.toThrow();
    }
  });
});
