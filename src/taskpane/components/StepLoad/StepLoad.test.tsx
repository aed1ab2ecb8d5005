/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { embeddedCampaign } from "../../../shared/campaign/embedded";
import type { SourceWorkbook } from "../../../shared/model";
import { buildTemplatePlan } from "../../../shared/plan/buildTemplatePlan";
import { planToGrids } from "../../../shared/plan/planToGrids";
import type { PaneState } from "../../app/paneState";
import { checkInputOf } from "../../app/paneState";
import { sampleWorkbooks } from "../../preview/sampleWorkbooks";
import { emulatedServices, StepHarness } from "../../../../test/taskpane/paneHarness";
import { StepLoad } from ".";

describe("StepLoad", () => {
  const samples = sampleWorkbooks(embeddedCampaign).slice(0, 3);
  // A filled template without any unit code, under a name with no code in it.
  const anonymous: SourceWorkbook = {
    fileName: "phu-luc.xlsx",
    sheets: planToGrids(buildTemplatePlan(embeddedCampaign)),
  };

  it("loads samples, matches each to its unit, asks for the one it cannot match", async () => {
    let state: PaneState | undefined;
    const { services } = emulatedServices({ sampleWorkbooks: async () => [...samples, anonymous] });
    render(
      <StepHarness
        Step={StepLoad}
        services={services}
        initial={{ campaign: embeddedCampaign }}
        onState={(s) => (state = s)}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Dùng dữ liệu mẫu" }));
    await screen.findByText("Đã nạp 4 tệp.");
    const list = screen.getByRole("list", { name: "Nạp đơn vị" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(4);
    const code = samples[0].fileName.split("_")[0];
    const unit = embeddedCampaign.units.find((u) => u.code === code)!;
    expect(items[0].textContent).toContain(`Đơn vị: ${unit.code} — ${unit.name}`);
    expect(items[3].textContent).toContain("Chưa xác định đơn vị");

    const choose = screen.getByRole("combobox", { name: "Chọn đơn vị cho phu-luc.xlsx" });
    fireEvent.change(choose, { target: { value: "CBCS02" } });
    expect(state!.loaded[3].assigned).toBe("CBCS02");
    expect(checkInputOf(state!.loaded).workbooks.map((w) => w.fileName)).toEqual([
      ...samples.map((s) => s.fileName),
      "phu-luc.xlsx [CBCS02]",
    ]);

    fireEvent.click(screen.getByRole("button", { name: `Bỏ tệp ${samples[1].fileName}` }));
    expect(state!.loaded.map((l) => l.fileName)).not.toContain(samples[1].fileName);
  });

  it("reports an unreadable file and goes on with the others", async () => {
    let state: PaneState | undefined;
    const { services } = emulatedServices();
    services.readFile = async (file) => {
      if (file.name === "hong.xlsx")
        throw Object.assign(new Error("Tệp 'hong.xlsx' bị hỏng"), {
          name: "WorkbookReadError",
          messageEn: "File 'hong.xlsx' is damaged",
        });
      return { ...samples[0], fileName: file.name };
    };
    render(
      <StepHarness
        Step={StepLoad}
        services={services}
        initial={{ campaign: embeddedCampaign }}
        onState={(s) => (state = s)}
      />,
    );
    const input = screen.getByTestId("file-input");
    fireEvent.change(input, {
      target: { files: [new File(["x"], "hong.xlsx"), new File(["y"], samples[0].fileName)] },
    });
    await screen.findByText("Đã nạp 2 tệp.");
    expect(screen.getByText(/Không đọc được: Tệp 'hong.xlsx' bị hỏng/)).toBeTruthy();
    expect(checkInputOf(state!.loaded).unreadable).toEqual([
      {
        fileName: "hong.xlsx",
        message: { vi: "Tệp 'hong.xlsx' bị hỏng", en: "File 'hong.xlsx' is damaged" },
      },
    ]);
  });

  it("reads the open workbook's sheets as one unit", async () => {
    const { emulation, services } = emulatedServices();
    emulation.workbook.sheets[0].touch(0, 0).value = "x";
    render(
      <StepHarness Step={StepLoad} services={services} initial={{ campaign: embeddedCampaign }} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Dùng sheet trong sổ làm việc này" }));
    await screen.findByText("Đã nạp 1 tệp.");
    expect(screen.getByText("Sổ làm việc hiện tại")).toBeTruthy();
  });
});
