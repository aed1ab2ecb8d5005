import { layoutSheet } from "./layoutSheet";
import { planSheet } from "./planFixtures.testutil";

const sheet = planSheet;

describe("layoutSheet", () => {
  it("shares plan cells, skips blank unstyled ones, keeps styled blanks", () => {
    const a = { v: 1 };
    const styledBlank = { v: "", s: "input" };
    const { rows } = layoutSheet(
      sheet({ blocks: [{ row: 0, col: 0, cells: [[a, { v: null }, styledBlank], [{}]] }] }),
    );
    expect(rows[1][1]).toBe(a);
    expect(rows[1][2]).toBeUndefined();
    expect(rows[1][3]).toBe(styledBlank);
    expect(rows[2]).toBeUndefined();
  });

  it("lets a later block replace the value, and the style only when it has one", () => {
    const { rows } = layoutSheet(
      sheet({
        blocks: [
          {
            row: 0,
            col: 0,
            cells: [
              [
                { v: "old", s: "a" },
                { v: 1, s: "a" },
                { f: "A1", s: "a" },
              ],
            ],
          },
          { row: 0, col: 0, cells: [[{ v: "new" }, { s: "b" }, { v: "" }]] },
        ],
      }),
    );
    expect(rows[1][1]).toMatchObject({ v: "new", s: "a" });
    expect(rows[1][2]).toMatchObject({ v: 1, s: "b" });
    expect(rows[1][3]).toMatchObject({ f: "A1", s: "a" });
  });

  it("turns merged cells into merged cells styled like the top-left one, creating them", () => {
    const { rows, merges } = layoutSheet(
      sheet({
        blocks: [{ row: 0, col: 0, cells: [[{ v: "T", s: "title" }, { v: "x" }]] }],
        merges: ["A1:C2", "E5"],
      }),
    );
    expect(merges).toEqual([
      { top: 1, left: 1, bottom: 2, right: 3 },
      { top: 5, left: 5, bottom: 5, right: 5 },
    ]);
    expect(rows[1][2]).toEqual({ s: "title", merge: 0 });
    expect(rows[2][1]).toEqual({ s: "title", merge: 0 });
    // A one-cell merge only creates its (empty) cell.
    expect(rows[5][5]).toEqual({});
  });

  it("refuses overlapping merges", () => {
    expect(() => layoutSheet(sheet({ merges: ["A1:B2", "B2:C3"] }))).toThrow(
      "Cannot merge already merged cells",
    );
  });

  it("keeps rows that only have a height", () => {
    const { rows, heights } = layoutSheet(sheet({ rowHeights: { 3: 22.5 } }));
    expect(rows[4]).toEqual([]);
    expect(heights[4]).toBe(22.5);
  });
});
