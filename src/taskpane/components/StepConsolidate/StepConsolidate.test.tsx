/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { embeddedCampaign } from "../../../shared/campaign/embedded";
import { LIST_SHEET_NAME } from "../../../shared/model";
import { runConsolidation } from "../../../shared/pipeline/runConsolidation";
import type { LoadedWorkbook, PaneState } from "../../app/paneState";
import { sampleWorkbooks } from "../../preview/sampleWorkbooks";
import { emulatedServices, StepHarness } from "../../../../test/taskpane/paneHarness";
import { StepConsolidate } from ".";

describe("StepConsolidate", () => {
  const books = sampleWorkbooks(embeddedCampaign);
  const loaded: LoadedWorkbook[] = books.map((w, i) => ({
    id: String(i),
    fileName: w.fileName,
    source: "sample",
    workbook: w,
  }));

  it("writes the consolidated appendix, leaving out units with errors when asked", async () => {
    let state: PaneState | undefined;
    const { emulation, services } = emulatedServices();
    render(
      <StepHarness
        Step={StepConsolidate}
        services={services}
        initial={{ campaign: embeddedCampaign, loaded, asOf: 44326 }}
        onState={(s) => (state = s)}
      />,
    );
    fireEvent.click(
      screen.getByRole("checkbox", { name: "Loại các đơn vị còn lỗi khỏi bảng tổng hợp" }),
    );
    // The pane's one as-of date (set in its header) is the consolidation's.
    fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
    const expected = runConsolidation({
      campaign: embeddedCampaign,
      workbooks: books,
      asOf: 44326,
      excludeUnitsWithErrors: true,
    });
    expect(expected.summary.excluded).toBeGreaterThan(0);
    await screen.findByText(
      new RegExp(
        `Đã tổng hợp ${expected.summary.included} đơn vị \\(loại ${expected.summary.excluded}\\)`,
      ),
      {},
      { timeout: 20000 },
    );
    expect(emulation.workbook.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      ...expected.plan.sheets.map((s) => s.name),
      LIST_SHEET_NAME,
    ]);
    expect(state!.run?.summary).toEqual(expected.summary);
    expect(Math.max(...emulation.stats.perSync.map((s) => s.requestBytes))).toBeLessThan(
      4 * 1024 * 1024,
    );
  });
});
