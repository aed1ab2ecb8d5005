import { excelError, isExcelError } from "./excelError";
import { guarded } from "./guarded";
import {
  installCustomFunctionsStandIn,
  StandInError,
} from "../../test/functions/customFunctionsStandIn";

describe("excelError", () => {
  it("outside Office gives an Error carrying Excel's code and the message", () => {
    const e = excelError("notAvailable", "Không có cấp XX");
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe("Không có cấp XX");
    expect(isExcelError(e)).toBe(true);
    expect(excelError("divisionByZero").code).toBe("#DIV/0!");
  });

  it("inside the runtime makes CustomFunctions.Error with the runtime's codes", () => {
    const uninstall = installCustomFunctionsStandIn();
    try {
      const e = excelError("invalidNumber", "ngoài khoảng");
      expect(e).toBeInstanceOf(StandInError);
      expect(e.code).toBe("#NUM!");
      expect(isExcelError(e)).toBe(true);
    } finally {
      uninstall();
    }
  });

  it("gives a message to #VALUE! and #N/A only, the codes Excel shows one for", () => {
    const uninstall = installCustomFunctionsStandIn();
    try {
      expect(excelError("invalidValue", "sai kiểu").message).toBe("sai kiểu");
      expect(excelError("notAvailable", "thiếu").message).toBe("thiếu");
      expect(excelError("invalidNumber", "ngoài khoảng").message).toBeUndefined();
      expect(excelError("divisionByZero", "không có ô").message).toBeUndefined();
      expect(excelError("divisionByZero", "không có ô").code).toBe("#DIV/0!");
    } finally {
      uninstall();
    }
  });

  it("recognises error values passed in from cells, and nothing else", () => {
    expect(isExcelError({ code: "#REF!" })).toBe(true);
    expect(isExcelError({ code: "VALUE" })).toBe(false);
    expect(isExcelError(new Error("#VALUE!"))).toBe(false);
    expect(isExcelError("#N/A")).toBe(false);
    expect(isExcelError(null)).toBe(false);
  });
});

describe("guarded", () => {
  it("lets results and Excel errors through", () => {
    expect(guarded(() => 42)).toBe(42);
    const e = excelError("notAvailable", "x");
    expect(() =>
      guarded(() => {
        throw e;
      }),
    ).toThrow(e);
  });

  it("turns the core's RangeErrors into #NUM! and anything else into #VALUE!", () => {
    const caught = (body: () => unknown) => {
      try {
        guarded(body);
      } catch (e) {
        return e as { code: string; message: string };
      }
      throw new Error("no error");
    };
    expect(
      caught(() => {
        throw new RangeError("Ngày ngoài phạm vi");
      }),
    ).toMatchObject({
      code: "#NUM!",
      message: "",
    });
    expect(
      caught(() => {
        throw new TypeError("x is undefined");
      }),
    ).toMatchObject({
      code: "#VALUE!",
      message: "Lỗi không mong đợi: x is undefined",
    });
    expect(
      caught(() => {
        throw "chuỗi";
      }).code,
    ).toBe("#VALUE!");
  });
});
