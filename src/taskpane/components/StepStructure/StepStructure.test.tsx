/** @jest-environment jsdom */
import "../../../../test/taskpane/textCodecs";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { readWorkbook } from "../../../io/readWorkbook";
import { embeddedCampaign } from "../../../shared/campaign/embedded";
import { LIST_SHEET_NAME, META_SHEET_NAME } from "../../../shared/model";
import { readMetaSheet } from "../../../shared/template/meta";
import { emulatedServices, StepHarness } from "../../../../test/taskpane/paneHarness";
import { StepStructure } from ".";

const outlineSheetNames = ["Đề cương", "Đề cương - Chỉ tiêu", "Đề cương - Ràng buộc"];

describe("StepStructure", () => {
  it("creates the template as a new workbook (Excel.createWorkbook), leaving this one untouched", async () => {
    const { emulation, services } = emulatedServices();
    const opened: string[] = [];
    // Excel's own function (ExcelApi 1.8): the emulation has no second workbook to open.
    (globalThis as unknown as { Excel: Record<string, unknown> }).Excel.createWorkbook = async (
      b64: string,
    ) => void opened.push(b64);
    render(
      <StepHarness
        Step={StepStructure}
        services={services}
        initial={{ campaign: embeddedCampaign }}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Tạo mẫu phụ lục" }));
    await screen.findByText(/Đã mở mẫu phụ lục thành sổ làm việc mới/, {}, { timeout: 15_000 });
    expect(opened).toHaveLength(1);
    const book = readWorkbook(new Uint8Array(Buffer.from(opened[0], "base64")), "mau.xlsx");
    expect(book.sheets.map((s) => s.name)).toEqual([
      ...embeddedCampaign.outline.sheets.map((s) => s.name),
      META_SHEET_NAME,
      LIST_SHEET_NAME,
    ]);
    const meta = readMetaSheet(book.sheets.find((s) => s.name === META_SHEET_NAME)!);
    expect(meta.outlineId).toBe(embeddedCampaign.outline.id);
    expect(emulation.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(emulation.stats.syncs).toBe(0);
  });

  it("opens the outline as sheets, and again after asking (no clash with the add-in's own meta sheet)", async () => {
    const { emulation, services } = emulatedServices();
    render(
      <StepHarness
        Step={StepStructure}
        services={services}
        initial={{ campaign: embeddedCampaign }}
      />,
    );
    const open = screen.getByRole("button", { name: "Mở đề cương thành trang tính" });
    fireEvent.click(open);
    await screen.findByText(/Đã mở đề cương thành 3 trang tính/, {}, { timeout: 15_000 });
    expect(emulation.workbook.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      ...outlineSheetNames,
      LIST_SHEET_NAME,
      META_SHEET_NAME,
    ]);
    fireEvent.click(open);
    const dialog = await screen.findByRole("alertdialog", {}, { timeout: 10_000 });
    expect(dialog.textContent).toContain("“Đề cương”");
    fireEvent.click(await screen.findByRole("button", { name: "Thay thế" }, { timeout: 10_000 }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    await screen.findByText(/Đã mở đề cương thành 3 trang tính/, {}, { timeout: 15_000 });
    expect(screen.queryByText(/Excel báo lỗi/)).toBeNull();
    expect(emulation.workbook.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      ...outlineSheetNames,
      LIST_SHEET_NAME,
      META_SHEET_NAME,
    ]);
  });

  it("applies the edited outline and hands out its template as a new workbook", async () => {
    const { services } = emulatedServices();
    const opened: string[] = [];
    (globalThis as unknown as { Excel: Record<string, unknown> }).Excel.createWorkbook = async (
      b64: string,
    ) => void opened.push(b64);
    render(
      <StepHarness
        Step={StepStructure}
        services={services}
        initial={{ campaign: embeddedCampaign }}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Mở đề cương thành trang tính" }));
    await screen.findByText(/Đã mở đề cương/, {}, { timeout: 15_000 });
    fireEvent.click(screen.getByRole("button", { name: "Áp dụng đề cương đã sửa" }));
    await screen.findByText(
      new RegExp(`Đã áp dụng đề cương phiên bản ${embeddedCampaign.outline.version}`),
      {},
      { timeout: 15_000 },
    );
    expect(opened).toHaveLength(1);
  });

  it("explains a clash with a user sheet instead of touching it", async () => {
    const { emulation, services } = emulatedServices();
    emulation.workbook.addSheet("Đề cương").touch(0, 0).value = "của tôi";
    render(
      <StepHarness
        Step={StepStructure}
        services={services}
        initial={{ campaign: embeddedCampaign }}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Mở đề cương thành trang tính" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("“Đề cương”");
    expect(emulation.workbook.value("Đề cương", 0, 0)).toBe("của tôi");
  });
});
