/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { embeddedCampaign } from "../../../shared/campaign/embedded";
import { checkWorkbooks } from "../../../shared/pipeline/checkWorkbooks";
import { buildTemplatePlan } from "../../../shared/plan/buildTemplatePlan";
import { planToGrids } from "../../../shared/plan/planToGrids";
import { feedbackFileName, feedbackUnits } from "../../../shared/feedback/feedbackUnits";
import type { WorkbookPlan } from "../../../shared/model";
import { foldText } from "../../app/loadStatus";
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
    await screen.findByText(
      new RegExp(`^${errors} lỗi, ${warnings} cảnh báo`),
      {},
      { timeout: 15_000 },
    );
    expect(document.querySelectorAll("li[data-code]")).toHaveLength(expected.length);
    const units = [...new Set(expected.map((f) => f.unit))];
    // One heading per unit, and the feedback section's.
    expect(screen.getAllByRole("heading", { level: 3 })).toHaveLength(units.length + 1);
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

  it("searches findings by unit, hands each unit its feedback, and shows a file finding's cell", async () => {
    const { services } = emulatedServices();
    const exported: Array<{ plan: WorkbookPlan; fileName: string; open: boolean }> = [];
    services.exportPlan = async (plan, fileName, open) => {
      exported.push({ plan, fileName, open });
      return "downloaded";
    };
    render(
      <StepHarness
        Step={StepCheck}
        services={services}
        initial={{ campaign: embeddedCampaign, loaded }}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText(/^\d+ lỗi, \d+ cảnh báo/, {}, { timeout: 15_000 });
    const expected = checkWorkbooks({ campaign: embeddedCampaign, workbooks: books, asOf: 44330 });
    const units = feedbackUnits(expected.findings, embeddedCampaign);
    const target = units[0];
    const name = embeddedCampaign.units.find((u) => u.code === target.unit)!.name;
    // Search by the unit's name, without diacritics.
    fireEvent.change(screen.getByRole("searchbox", { name: "Tìm theo đơn vị" }), {
      target: { value: foldText(name) },
    });
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings.filter((h) => h!.startsWith(target.unit))).toHaveLength(1);
    expect(headings).toHaveLength(2);

    fireEvent.click(screen.getByRole("button", { name: `Phiếu phản hồi ${target.unit}` }));
    await screen.findByText(`Đã tải ${feedbackFileName(target.unit)}.`, {}, { timeout: 15_000 });
    expect(exported).toHaveLength(1);
    expect(exported[0].fileName).toBe(feedbackFileName(target.unit));
    expect(exported[0].open).toBe(true);
    expect(exported[0].plan.sheets[0].name).toBe("Phản hồi");

    fireEvent.change(screen.getByRole("searchbox", { name: "Tìm theo đơn vị" }), {
      target: { value: "" },
    });
    const show = screen.getAllByTitle(/^Xem ô /)[0];
    const cell = /^Xem ô ([A-Z]+\d+)/.exec(show.getAttribute("title")!)![1];
    fireEvent.click(show);
    const context = screen.getByTestId("cell-context");
    expect(context.querySelector("td[aria-current='true']")!.getAttribute("data-address")).toBe(
      cell,
    );
  });
});
