/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { embeddedCampaign } from "../../../shared/campaign/embedded";
import { checkWorkbooks } from "../../../shared/pipeline/checkWorkbooks";
import { progressGroups } from "../../app/progressGroups";
import { sampleWorkbooks } from "../../preview/sampleWorkbooks";
import { emulatedServices, StepHarness } from "../../../../test/taskpane/paneHarness";
import { StepProgress } from ".";

describe("StepProgress", () => {
  it("charts progress by level and supervisor and lists late and missing units", () => {
    const check = checkWorkbooks({
      campaign: embeddedCampaign,
      workbooks: sampleWorkbooks(embeddedCampaign),
      asOf: 44330,
    });
    const { services } = emulatedServices();
    render(
      <StepHarness
        Step={StepProgress}
        services={services}
        initial={{ campaign: embeddedCampaign, check }}
      />,
    );
    const rows = check.progress;
    const missing = rows.filter((r) => r.file === undefined);
    const late = rows.filter((r) => r.file !== undefined && r.status.kind === "late");
    expect(missing.length).toBeGreaterThan(0);
    expect(late.length).toBeGreaterThan(0);
    expect(screen.getByRole("status").textContent).toContain(
      `Đã nhận ${rows.length - missing.length}/${rows.length}`,
    );
    const charts = screen.getAllByRole("img");
    expect(charts).toHaveLength(2);
    const bySupervisor = progressGroups(rows, (r) => r.unit.supervisor);
    expect(charts[1].querySelectorAll("g[data-group]")).toHaveLength(bySupervisor.length);
    const counted = [...charts[0].querySelectorAll("rect")].reduce(
      (n, r) => n + Number(r.getAttribute("data-count")),
      0,
    );
    expect(counted).toBe(rows.length);
    for (const r of [...missing, ...late])
      expect(screen.getByText(new RegExp(`^${r.unit.code} — `))).toBeTruthy();
  });

  it("asks for files first when nothing was checked", () => {
    const { services } = emulatedServices();
    render(
      <StepHarness
        Step={StepProgress}
        services={services}
        initial={{ campaign: embeddedCampaign }}
      />,
    );
    expect(screen.getByText("Hãy nạp tệp của đơn vị ở bước Nạp đơn vị trước.")).toBeTruthy();
  });

  it("checks files loaded but not yet checked by itself, in the pane's language", async () => {
    const books = sampleWorkbooks(embeddedCampaign);
    const { services } = emulatedServices();
    render(
      <StepHarness
        Step={StepProgress}
        services={services}
        language="en"
        initial={{
          campaign: embeddedCampaign,
          asOf: 44345,
          loaded: books.map((w, i) => ({
            id: String(i),
            fileName: w.fileName,
            source: "sample",
            workbook: w,
          })),
        }}
      />,
    );
    const expected = checkWorkbooks({ campaign: embeddedCampaign, workbooks: books, asOf: 44345 });
    const missing = expected.progress.filter((r) => r.file === undefined).length;
    await screen.findByText(
      new RegExp(`^Received ${expected.progress.length - missing}/${expected.progress.length}`),
      {},
      { timeout: 15_000 },
    );
    const text = document.body.textContent!;
    expect(text).not.toMatch(/Trễ|Quá hạn|Còn \d+ ngày|Đúng hạn/);
    expect(text).toMatch(/Overdue by \d+ days?/);
  });
});
