/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { LanguageContext } from "../../app/i18n";
import { officeServices } from "../../app/officeServices";
import { ServicesContext } from "../../app/services";
import { ExcelEmulation } from "../../preview/emulator/excelEmulation";
import { EmuWorkbook } from "../../preview/emulator/workbookModel";
import { installCustomFunctionsStandIn } from "../../../../test/functions/customFunctionsStandIn";
import { phulucRegistration } from "../../../../test/functions/phulucRegistration";
import { SelfTest } from ".";

describe("SelfTest", () => {
  it("runs the self-test in one click and lists every check in Vietnamese", async () => {
    const uninstall = installCustomFunctionsStandIn();
    try {
      const emulation = new ExcelEmulation(new EmuWorkbook(["Sheet1"]), {
        customFunctions: await phulucRegistration(),
      }).install();
      render(
        <LanguageContext.Provider value="vi">
          <ServicesContext.Provider value={officeServices()}>
            <SelfTest />
          </ServicesContext.Provider>
        </LanguageContext.Provider>,
      );
      fireEvent.click(screen.getByRole("button", { name: "Tự kiểm tra" }));
      const status = await screen.findByRole("status", {}, { timeout: 20000 });
      expect(status.textContent).toMatch(/Tất cả \d+ mục đạt\./);
      expect(status.textContent).toContain("Hàm PHULUC.REPORTINGRATE: Đạt");
      expect(status.textContent).toContain("Danh sách chọn giữ nguyên lựa chọn có dấu phẩy: Đạt");
      expect(status.textContent).toContain("Xóa trang tính tạm: Đạt");
      expect(emulation.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    } finally {
      uninstall();
    }
  });
});
