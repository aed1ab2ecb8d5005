import { newScannedTag, scanTag } from "./scanTag";

const attributes = (text: string, from: number) => {
  const tag = newScannedTag();
  const end = scanTag(text, from, tag);
  const found: Record<string, string> = {};
  for (let i = 0; i < tag.count; i++)
    found[text.slice(tag.nameStart[i], tag.nameEnd[i])] = text.slice(
      tag.valueStart[i],
      tag.valueEnd[i],
    );
  return { end, found, selfClosing: tag.selfClosing, oddName: tag.oddName };
};

describe("scanTag", () => {
  it("finds the attributes and the end of a tag", () => {
    const text = `<c r="A1" s='3'  t = "s"><v>0</v></c>`;
    expect(attributes(text, 2)).toEqual({
      end: text.indexOf("<v>"),
      found: { r: "A1", s: "3", t: "s" },
      selfClosing: false,
      oddName: false,
    });
    expect(attributes('<c r="B2"/>x', 2)).toMatchObject({ end: 11, selfClosing: true });
    expect(attributes("<v>1</v>", 2)).toMatchObject({ end: 3, found: {} });
  });

  it("flags names SheetJS folds into others", () => {
    expect(attributes('<c x:r="A1">', 2).oddName).toBe(true);
    expect(attributes('<c R="A1">', 2).oddName).toBe(true);
    expect(attributes('<c r_1="A1">', 2).oddName).toBe(true);
  });

  it("declines what SheetJS's patterns would cut elsewhere", () => {
    for (const text of [
      '<c r="A>1">',
      '<c r="A<1">',
      "<c r=A1>",
      '<c r="A1"s="2">',
      '<c r="A1"',
      '<c r="A1" / >',
      '<c ="x">',
    ])
      expect(attributes(text, 2).end).toBe(-1);
  });
});
