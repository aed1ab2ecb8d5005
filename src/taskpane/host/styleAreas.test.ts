import { styleAreas } from "./styleAreas";

describe("styleAreas", () => {
  it("merges runs along rows and identical runs down columns, per style", () => {
    const row = (...s: Array<string | undefined>) => s.map((x) => ({ v: 1, s: x }));
    const areas = styleAreas({
      blocks: [
        { row: 0, col: 0, cells: [row("h", "h", "h")] },
        {
          row: 1,
          col: 0,
          cells: [row("l", "n", "n"), row("l", "n", "n"), row("l", undefined, "n")],
        },
      ],
    });
    expect(areas).toEqual([
      { style: "h", ranges: ["A1:C1"] },
      { style: "l", ranges: ["A2:A4"] },
      { style: "n", ranges: ["B2:C3", "C4"] },
    ]);
  });
  it("keeps 1,000 identical unit rows as one rectangle", () => {
    const cells = Array.from({ length: 1000 }, () => [
      { v: 1, s: "x" },
      { v: 2, s: "x" },
    ]);
    expect(styleAreas({ blocks: [{ row: 5, col: 2, cells }] })).toEqual([
      { style: "x", ranges: ["C6:D1005"] },
    ]);
  });
});
