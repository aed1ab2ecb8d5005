/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { ProgressChart } from ".";

describe("ProgressChart", () => {
  it("draws one stacked bar per group, segment widths proportional to counts, numbers in the label", () => {
    render(
      <ProgressChart
        title="Theo cấp"
        groups={[
          { key: "DBCS", label: "Đảng bộ cơ sở", onTime: 6, late: 2, noDate: 0, missing: 2 },
          { key: "CBCS", label: "Chi bộ cơ sở", onTime: 5, late: 0, noDate: 1, missing: 0 },
        ]}
      />,
    );
    const img = screen.getByRole("img");
    expect(img.getAttribute("aria-label")).toContain(
      "Đảng bộ cơ sở: Đúng hạn 6, Trễ hạn 2, Chưa ghi ngày nộp 0, Chưa nộp 2",
    );
    const bars = [...img.querySelectorAll("g[data-group]")];
    expect(bars.map((g) => g.getAttribute("data-group"))).toEqual(["DBCS", "CBCS"]);
    const widths = (g: Element) =>
      Object.fromEntries(
        [...g.querySelectorAll("rect")].map((r) => [
          r.getAttribute("data-kind"),
          Number(r.getAttribute("width")),
        ]),
      );
    const a = widths(bars[0]);
    expect(Object.keys(a)).toEqual(["onTime", "late", "missing"]);
    expect(a.onTime / a.late).toBeCloseTo(3);
    expect(a.onTime + a.late + a.missing).toBeCloseTo(260);
    expect(widths(bars[1]).noDate).toBeCloseTo(26);
  });
});
