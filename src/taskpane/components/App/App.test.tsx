/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { detectFeatures } from "../../host/requirements";
import { emulatedServices } from "../../../../test/taskpane/paneHarness";
import { activeCampaign } from "../../../functions/activeCampaign";
import { App } from ".";

describe("App", () => {
  it("shows the six steps in Vietnamese, loads the campaign and switches steps by tab", async () => {
    const { services } = emulatedServices();
    render(<App services={services} language="vi" />);
    await screen.findByText(/Đợt báo cáo: Sơ kết 05 năm/, {}, { timeout: 15_000 });
    // The PHULUC functions now resolve level codes against the pane's campaign.
    expect(activeCampaign().id).toBe("sk5-nq01-ct01-2021");
    expect((globalThis as Record<string, unknown>).__phulucActiveCampaign).toBeDefined();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Tổng hợp phụ lục");
    expect(screen.getAllByRole("tab")).toHaveLength(6);
    for (const name of [
      "1. Cấu trúc",
      "2. Nạp đơn vị",
      "3. Kiểm tra",
      "4. Tổng hợp",
      "5. Tiến độ",
      "6. Báo cáo",
    ]) {
      expect(screen.getByRole("tab", { name })).toBeTruthy();
    }
    expect(screen.getByRole("tab", { name: "1. Cấu trúc" }).getAttribute("aria-selected")).toBe(
      "true",
    );
    fireEvent.click(screen.getByRole("tab", { name: "3. Kiểm tra" }));
    expect(await screen.findByRole("heading", { name: "Kiểm tra" })).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows one as-of date in the header: a campaign long over is counted up to its end, and the date can be changed", async () => {
    const { services } = emulatedServices();
    render(<App services={services} language="vi" initialStep="progress" />);
    await screen.findByText(/Đợt báo cáo: Sơ kết 05 năm/, {}, { timeout: 15_000 });
    const input = screen.getByLabelText("Số liệu tính đến ngày") as HTMLInputElement;
    // The embedded campaign ended in May 2021 (its last milestone: trước ngày 30/5/2021).
    expect(input.value).toBe("2021-05-29");
    expect(
      screen.getByText(/Đợt báo cáo đã kết thúc: các thời hạn được tính đến ngày 29\/05\/2021/),
    ).toBeTruthy();
    fireEvent.change(input, { target: { value: "2021-05-06" } });
    expect(input.value).toBe("2021-05-06");
    expect(screen.queryByText(/Đợt báo cáo đã kết thúc/)).toBeNull();
  });

  it("speaks English and says which Excel features are unavailable", async () => {
    const { services } = emulatedServices();
    services.features = detectFeatures(
      (name, v) => name === "ExcelApi" && Number(v!.split(".")[1]) <= 8,
    );
    render(<App services={services} language="en" initialStep="load" />);
    await screen.findByText(/Campaign: /, {}, { timeout: 15_000 });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Appendix consolidation");
    expect(
      screen.getByText(
        /Unavailable: formatting by groups of ranges, pausing screen updates, reading merged cells/,
      ),
    ).toBeTruthy();
    expect(await screen.findByRole("button", { name: "Pick files…" })).toBeTruthy();
  });
});
