/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { embeddedCampaign } from "../../../shared/campaign/embedded";
import type { SourceWorkbook } from "../../../shared/model";
import { buildTemplatePlan } from "../../../shared/plan/buildTemplatePlan";
import { planToGrids } from "../../../shared/plan/planToGrids";
import type { PaneState } from "../../app/paneState";
import { checkInputOf } from "../../app/paneState";
import { expectedUnits } from "../../../shared/validate/expectedUnits";
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
    await screen.findByText(
      "Đã nạp 4 tệp, cần xem lại: 1 tệp chưa xác định đơn vị.",
      {},
      { timeout: 15_000 },
    );
    const list = screen.getByRole("list", { name: "Nạp đơn vị" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(4);
    const code = samples[0].fileName.split("_")[0];
    const unit = embeddedCampaign.units.find((u) => u.code === code)!;
    expect(items[0].textContent).toContain(`Đơn vị: ${unit.code} — ${unit.name}`);
    expect(items[3].textContent).toContain("Chưa xác định đơn vị");

    // The picker offers only the expected units no file has claimed yet.
    const choose = screen.getByRole("combobox", { name: "Chọn đơn vị cho phu-luc.xlsx" });
    const offered = [...choose.querySelectorAll("option")].map((o) => o.getAttribute("value"));
    const claimed = samples.map((s) => s.fileName.split("_")[0]);
    const unclaimed = expectedUnits(embeddedCampaign)
      .map((u) => u.code)
      .filter((c) => !claimed.includes(c));
    expect(offered).toEqual(["", ...unclaimed]);
    const pick = unclaimed[0];
    fireEvent.change(choose, { target: { value: pick } });
    expect(state!.loaded[3].assigned).toBe(pick);
    expect(checkInputOf(state!.loaded).workbooks.map((w) => w.fileName)).toEqual([
      ...samples.map((s) => s.fileName),
      `phu-luc.xlsx [${pick}]`,
    ]);
    // Issue 16 bug 6: the warning goes once a unit is chosen.
    expect(screen.queryByText("Chưa xác định đơn vị")).toBeNull();
    expect(screen.getByText(new RegExp(`^Đơn vị \\(chọn tay\\): ${pick} — `))).toBeTruthy();

    // Issue 16 bug 8: removing a file moves focus to the next file's button.
    fireEvent.click(screen.getByRole("button", { name: `Bỏ tệp ${samples[1].fileName}` }));
    expect(state!.loaded.map((l) => l.fileName)).not.toContain(samples[1].fileName);
    expect(document.activeElement?.getAttribute("aria-label")).toBe(
      `Bỏ tệp ${samples[2].fileName}`,
    );
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
      target: {
        files: [
          new File(["x"], "hong.xlsx"),
          new File(["y"], samples[0].fileName),
          new File(["Đơn vị;Số\nCBCS01;1"], "ghi-chu.txt"),
        ],
      },
    });
    await screen.findByText(
      "Đã nạp 3 tệp, cần xem lại: 2 tệp không đọc được.",
      {},
      { timeout: 15_000 },
    );
    expect(screen.getByText(/Không đọc được: Tệp 'hong.xlsx' bị hỏng/)).toBeTruthy();
    // Issue 16 bug 4: a .txt is refused like a .docx, never read as CSV.
    expect(screen.getByText(/Không đọc được: Không phải tệp bảng tính/)).toBeTruthy();
    expect(checkInputOf(state!.loaded).unreadable).toEqual([
      {
        fileName: "hong.xlsx",
        message: { vi: "Tệp 'hong.xlsx' bị hỏng", en: "File 'hong.xlsx' is damaged" },
      },
      {
        fileName: "ghi-chu.txt",
        message: {
          vi: "Không phải tệp bảng tính (.xlsx, .xls, .ods, .csv); Phụ lục không đọc tệp này.",
          en: "Not a spreadsheet file (.xlsx, .xls, .ods, .csv); the add-in does not read it.",
        },
      },
    ]);
  });

  it("reads the open workbook's sheets as one unit", async () => {
    const { emulation, services } = emulatedServices();
    emulation.workbook.sheets[0].touch(0, 0).value = "x";
    render(
      <StepHarness Step={StepLoad} services={services} initial={{ campaign: embeddedCampaign }} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Dùng trang tính trong sổ làm việc này" }));
    await screen.findByText(/^Đã nạp 1 tệp/, {}, { timeout: 15_000 });
    expect(screen.getByText("Sổ làm việc hiện tại")).toBeTruthy();
  });

  it("counts, filters and searches the files", async () => {
    const { services } = emulatedServices({ sampleWorkbooks: async () => [...samples, anonymous] });
    render(
      <StepHarness Step={StepLoad} services={services} initial={{ campaign: embeddedCampaign }} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Dùng dữ liệu mẫu" }));
    await screen.findByText(/^Đã nạp 4 tệp/, {}, { timeout: 15_000 });
    const show = screen.getByRole("combobox", { name: "Hiện" });
    expect([...show.querySelectorAll("option")].map((o) => o.textContent)).toEqual([
      "Tất cả (4)",
      "Đã xác định đơn vị (3)",
      "Chưa xác định đơn vị (1)",
      "Không đọc được (0)",
      "Trùng đơn vị (0)",
    ]);
    const list = () =>
      within(screen.getByRole("list", { name: "Nạp đơn vị" })).getAllByRole("listitem");
    fireEvent.change(show, { target: { value: "unidentified" } });
    expect(list().map((li) => li.getAttribute("data-status"))).toEqual(["unidentified"]);
    fireEvent.change(show, { target: { value: "all" } });
    const unit = embeddedCampaign.units.find((u) => u.code === samples[2].fileName.split("_")[0])!;
    // Search ignores case and diacritics, and finds a file by its unit's name.
    fireEvent.change(screen.getByRole("searchbox", { name: "Tìm tệp hoặc đơn vị" }), {
      target: {
        value: unit.name
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, "")
          .toUpperCase(),
      },
    });
    expect(list()).toHaveLength(1);
    expect(list()[0].textContent).toContain(samples[2].fileName);
  });
});
