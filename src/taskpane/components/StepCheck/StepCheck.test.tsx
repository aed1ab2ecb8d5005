/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { embeddedCampaign } from "../../../shared/campaign/embedded";
import { checkWorkbooks } from "../../../shared/pipeline/checkWorkbooks";
import { buildTemplatePlan } from "../../../shared/plan/buildTemplatePlan";
import { planToGrids } from "../../../shared/plan/planToGrids";
import type { LoadedWorkbook } from "../../app/paneState";
import { WORKBOOK_FILE_NAME } from "../../app/workbookSource";
import { renderPlan } from "../../host/renderPlan";
import { sampleWorkbooks } from "../../preview/sampleWorkbooks";
import { emulatedServices, StepHarness } from "../../../../test/taskpane/paneHarness";
import { StepCheck } from ".";

describe("StepCheck", () => {
  const books = sampleWorkbooks(embeddedCampaign).slice(0, 6);
  const loaded: LoadedWorkbook[] = books.map((w, i) => ({
    id: String(i),
    fileName: w.fileName,
    source: "sample",
    workbook: w,
  }));

  it("shows the engine's findings grouped by unit and filters them by severity", async () => {
    const { services } = emulatedServices();
    render(
      <StepHarness
        Step={StepCheck}
        services={services}
        initial={{ campaign: embeddedCampaign, loaded }}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    const expected = checkWorkbooks({
      campaign: embeddedCampaign,
      workbooks: books,
      asOf: 44330,
    }).findings;
    const errors = expected.filter((f) => f.severity === "error").length;
    const warnings = expected.filter((f) => f.severity === "warning").length;
    await screen.findByText(new RegExp(`^${errors} lỗi, ${warnings} cảnh báo`));
    expect(document.querySelectorAll("li[data-code]")).toHaveLength(expected.length);
    const units = [...new Set(expected.map((f) => f.unit))];
    expect(screen.getAllByRole("heading", { level: 3 })).toHaveLength(units.length);
    fireEvent.change(screen.getByRole("combobox", { name: "Mức độ" }), {
      target: { value: "warning" },
    });
    const codes = [...document.querySelectorAll("li[data-code]")].map((li) =>
      li.getAttribute("data-code"),
    );
    expect(codes).toHaveLength(warnings);
    expect(codes.every((c) => c!.startsWith("W_"))).toBe(true);
  });

  it("selects a finding's cell when the data is in the workbook", async () => {
    const { emulation, services } = emulatedServices();
    // The open workbook is an empty template: every required cell is a finding with a cell.
    const plan = buildTemplatePlan(embeddedCampaign, { unitCode: "CBCS01" });
    await renderPlan(plan, { confirmReplace: async () => true });
    const inWorkbook: LoadedWorkbook = {
      id: "w",
      fileName: WORKBOOK_FILE_NAME,
      source: "workbook",
      workbook: { fileName: WORKBOOK_FILE_NAME, sheets: planToGrids(plan) },
    };
    render(
      <StepHarness
        Step={StepCheck}
        services={services}
        initial={{ campaign: embeddedCampaign, loaded: [inWorkbook] }}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    const buttons = await screen.findAllByTitle(/^Chọn ô /);
    const [, sheet, cell] = /^Chọn ô (.+)!([A-Z]+\d+)$/.exec(buttons[0].getAttribute("title")!)!;
    fireEvent.click(buttons[0]);
    await waitFor(() => expect(emulation.workbook.selection).toEqual({ sheet, address: cell }));
  });
});
