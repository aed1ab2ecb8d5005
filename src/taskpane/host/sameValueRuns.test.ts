import { sameValueRuns } from "./sameValueRuns";

describe("sameValueRuns", () => {
  it("joins neighbours of one value, in index order, and splits at a gap or another value", () => {
    expect(
      sameValueRuns([
        [6, 45],
        [3, 30],
        [4, 30],
        [5, 31],
        [8, 45],
      ]),
    ).toEqual([
      { first: 3, last: 4, value: 30 },
      { first: 5, last: 5, value: 31 },
      { first: 6, last: 6, value: 45 },
      { first: 8, last: 8, value: 45 },
    ]);
    expect(sameValueRuns([])).toEqual([]);
  });
});
