import { createHash } from "crypto";
import { embeddedCampaign } from "../campaign/embedded";
import { outlineSchema, type Outline } from "../model";
import { canonicalJson } from "./canonicalJson";
import { outlineHash } from "./outlineHash";

const outline = embeddedCampaign.outline;
const copy = (): Outline => structuredClone(outline);

describe("outlineHash", () => {
  it("is the SHA-256 of the canonical JSON", () => {
    const expected = createHash("sha256").update(canonicalJson(outline), "utf8").digest("hex");
    expect(outlineHash(outline)).toBe(expected);
    expect(outlineHash(outline)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is stable across copies and key order, and across a JSON round trip through the schema", () => {
    const reordered = Object.fromEntries(Object.entries(copy()).reverse()) as Outline;
    expect(outlineHash(reordered)).toBe(outlineHash(outline));
    const reparsed = outlineSchema.parse(JSON.parse(JSON.stringify(outline)));
    expect(outlineHash(reparsed)).toBe(outlineHash(outline));
  });

  it("changes when a label, a bound or a rule changes", () => {
    const base = outlineHash(outline);
    const label = copy();
    const b1 = label.sheets.find((s) => s.id === "B1");
    if (b1?.kind !== "indicators") throw new Error("B1 missing");
    b1.indicators[1].label += " ";
    expect(outlineHash(label)).not.toBe(base);

    const bound = copy();
    const b2 = bound.sheets.find((s) => s.id === "B2");
    if (b2?.kind !== "indicators") throw new Error("B2 missing");
    b2.indicators[1].min = 1;
    expect(outlineHash(bound)).not.toBe(base);

    const rule = copy();
    rule.rules[0].expr = rule.rules[0].expr.replace("<=", "<");
    expect(outlineHash(rule)).not.toBe(base);
  });
});
