/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { embeddedCampaign } from "../../../shared/campaign/embedded";
import { LIST_SHEET_NAME, META_SHEET_NAME } from "../../../shared/model";
import { emulatedServices, StepHarness } from "../../../../test/taskpane/paneHarness";
import { StepStructure } from ".";

describe("StepStructure", () => {
  it("creates the template sheets, then asks before replacing them and keeps them when refused", async () => {
    const { emulation, services } = emulatedServices();
    render(
      <StepHarness
        Step={StepStructure}
        services={services}
        initial={{ campaign: embeddedCampaign }}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Tạo mẫu phụ lục" }));
    await screen.findByText(/Đã tạo mẫu: \d+ sheet/);
    const names = emulation.workbook.sheets.map((s) => s.name);
    expect(names).toEqual([
      "Sheet1",
      ...embeddedCampaign.outline.sheets.map((s) => s.name),
      META_SHEET_NAME,
      LIST_SHEET_NAME,
    ]);
    const syncs = emulation.stats.syncs;

    fireEvent.click(screen.getByRole("button", { name: "Tạo mẫu phụ lục" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain(`“${embeddedCampaign.outline.sheets[0].name}”`);
    fireEvent.click(screen.getByRole("button", { name: "Giữ nguyên" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    // The sheets, then the meta sheet (read only once it is known to exist).
    expect(emulation.stats.syncs).toBe(syncs + 2);
    expect(emulation.workbook.sheets.map((s) => s.name)).toEqual(names);
  });

  it("opens the outline as sheets and applies it back", async () => {
    const { emulation, services } = emulatedServices();
    render(
      <StepHarness
        Step={StepStructure}
        services={services}
        initial={{ campaign: embeddedCampaign }}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Mở đề cương dạng sheet" }));
    await screen.findByText(/Đã tạo mẫu/);
    expect(emulation.workbook.sheets.map((s) => s.name)).toContain("Đề cương");
    fireEvent.click(screen.getByRole("button", { name: "Áp dụng đề cương đã sửa" }));
    await screen.findByText(
      new RegExp(`Đã áp dụng đề cương phiên bản ${embeddedCampaign.outline.version}`),
    );
    expect(emulation.workbook.sheets.map((s) => s.name)).toContain(
      embeddedCampaign.outline.sheets[0].name,
    );
  });

  it("explains a clash with a user sheet instead of touching it", async () => {
    const { emulation, services } = emulatedServices();
    emulation.workbook.addSheet(embeddedCampaign.outline.sheets[1].name).touch(0, 0).value =
      "của tôi";
    render(
      <StepHarness
        Step={StepStructure}
        services={services}
        initial={{ campaign: embeddedCampaign }}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Tạo mẫu phụ lục" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(`“${embeddedCampaign.outline.sheets[1].name}”`);
    expect(emulation.workbook.value(embeddedCampaign.outline.sheets[1].name, 0, 0)).toBe("của tôi");
  });
});
