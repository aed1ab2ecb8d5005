import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Grid } from "../shared/model";
import { packedBuffers, packGrids, unpackGrids } from "./packGrids";
import { readWorkbook } from "./readWorkbook";

const CORPUS = join(__dirname, "..", "..", "test", "corpus", "files");

/** Through structuredClone with the buffers moved, as between the CLI's threads. */
function acrossThreads(grids: Grid[]): Grid[] {
  const packed = packGrids(grids);
  return unpackGrids(structuredClone(packed, { transfer: packedBuffers(packed) }));
}

describe("packGrids / unpackGrids", () => {
  it("give back every Grid of the corpus equal, whichever reader made it", () => {
    let files = 0;
    let cells = 0;
    for (const name of readdirSync(CORPUS)) {
      let grids: Grid[];
      try {
        grids = readWorkbook(new Uint8Array(readFileSync(join(CORPUS, name))), name).sheets;
      } catch {
        continue; // refused files have no Grids
      }
      files++;
      for (const g of grids) for (const row of g.rows) cells += row.length;
      expect([name, acrossThreads(grids)]).toEqual([name, grids]);
    }
    // .xlsx by our reader, .xls, .ods and .csv by the others.
    expect(files).toBeGreaterThan(25);
    expect(cells).toBeGreaterThan(10_000);
  });

  it("keep every kind of cell, odd numbers, missing elements and sheet details", () => {
    const sparse: Grid["rows"][number] = [1];
    sparse[3] = "x";
    const grids: Grid[] = [
      {
        name: "Số liệu",
        rows: [
          [null, 0, -0, NaN, Infinity, -1.5e-300, 2 ** 53 + 2],
          [],
          ["Đạt", "", "Đạt", true, false],
          [
            { kind: "date", serial: 44320.25 },
            { kind: "error", code: "#DIV/0!" },
          ],
          sparse,
        ],
        merges: ["A1:B1"],
        formulas: { B1: "SUM(A1:A3)" },
        state: "hidden",
      },
      { name: "Trống", rows: [] },
    ];
    const back = acrossThreads(grids);
    expect(back).toEqual(grids);
    expect(Object.is(back[0].rows[0][2], -0)).toBe(true);
    expect(3 in back[0].rows[4]).toBe(true);
    expect(1 in back[0].rows[4]).toBe(false);
    expect(Object.keys(back[0])).toEqual(Object.keys(grids[0]));
    expect(Object.keys(back[1])).toEqual(["name", "rows"]);
  });
});
