import { argb, toExcelStyle } from "./toExcelStyle";

describe("toExcelStyle", () => {
  it("maps every plan style field to its ExcelJS form", () => {
    expect(
      toExcelStyle({
        font: { bold: true, italic: true, size: 14, color: "1f4e78" },
        fill: "DDEBF7",
        numberFormat: "0.0%",
        align: { horizontal: "center", vertical: "middle", wrap: true },
        border: "thin",
        locked: false,
      }),
    ).toEqual({
      font: {
        name: "Times New Roman",
        size: 14,
        family: 1,
        bold: true,
        italic: true,
        color: { argb: "FF1F4E78" },
      },
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } },
      numFmt: "0.0%",
      alignment: { horizontal: "center", vertical: "middle", wrapText: true },
      border: {
        top: { style: "thin" },
        left: { style: "thin" },
        bottom: { style: "thin" },
        right: { style: "thin" },
      },
      protection: { locked: false },
    });
  });

  it("adds nothing the plan does not ask for (locked is Excel's default)", () => {
    expect(toExcelStyle({})).toEqual({});
    expect(toExcelStyle({ locked: true })).toEqual({});
    expect(toExcelStyle({ font: { italic: true } }).font).toEqual({
      name: "Times New Roman",
      size: 12,
      family: 1,
      italic: true,
    });
  });

  it("writes colours as opaque ARGB", () => {
    expect(argb("#ddebf7")).toBe("FFDDEBF7");
  });
});
