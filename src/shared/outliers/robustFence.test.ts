import { quantile } from "./quantile";
import { MIN_LOG_SPREAD, OUTLIER_Z, robustFence } from "./robustFence";
import { yearColumns } from "./yearColumns";

describe("robustFence", () => {
  it("puts the fence ten times above a tight group, never nearer", () => {
    const f = robustFence([10, 12, 9, 11, 14, 10]);
    expect(f.median).toBe(10.5);
    // The MIN_LOG_SPREAD floor: ten times the middle of 1 + x (the log median of 11 and 12).
    expect(f.upper).toBeCloseTo(10 * Math.sqrt(11 * 12) - 1, 6);
    expect(Math.log(10) / OUTLIER_Z).toBe(MIN_LOG_SPREAD);
  });

  it("keeps a group of mostly zeros from flagging the units that have some", () => {
    // Over half the units report no violations: the MAD is 0, the quartiles still spread.
    const f = robustFence([0, 0, 0, 0, 13, 16, 2, 0]);
    expect(f.upper).toBeGreaterThan(16);
    expect(f.upper).toBeLessThan(16 * 100);
  });

  it("fences on the log scale: units of very different sizes are not outliers", () => {
    const f = robustFence([12, 40, 150, 300, 800, 95, 60]);
    expect(800).toBeLessThan(f.upper);
    expect(95 * 100).toBeGreaterThan(f.upper);
  });

  it("interpolates quantiles as Excel's QUANTILE.INC", () => {
    expect(quantile(Float64Array.of(1, 2, 3, 4), 0.25)).toBe(1.75);
    expect(quantile(Float64Array.of(5), 0.75)).toBe(5);
  });
});

describe("yearColumns", () => {
  it("reads years from ids or from 'Năm 2016' headers, nothing else", () => {
    expect(
      yearColumns({
        columns: [
          { id: "2019", header: "Năm 2019" },
          { id: "2020", header: "Năm 2020" },
        ],
      }),
    ).toEqual([2019, 2020]);
    expect(
      yearColumns({
        columns: [
          { id: "a", header: "Năm 2019" },
          { id: "b", header: " năm 2020 " },
        ],
      }),
    ).toEqual([2019, 2020]);
    expect(yearColumns({ columns: [{ id: "SL", header: "Số lượng" }] })).toBeUndefined();
    expect(
      yearColumns({
        columns: [
          { id: "SL", header: "Số lượng" },
          { id: "TL", header: "Tỷ lệ" },
        ],
      }),
    ).toBeUndefined();
  });
});
