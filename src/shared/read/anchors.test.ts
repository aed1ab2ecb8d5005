import { anchorText, cellAnchor, findHeaderRow } from "./anchors";

describe("cellAnchor", () => {
  it("folds text through the legacy repair, numbers and booleans as their text", () => {
    expect(cellAnchor("Số đảng viên:")).toBe("so dang vien");
    expect(cellAnchor("Sè ®¶ng viªn")).toBe(anchorText("Sè ®¶ng viªn"));
    expect(cellAnchor(1.1)).toBe("1.1");
    expect(cellAnchor(-5)).toBe(anchorText("-5"));
    expect(cellAnchor(true)).toBe("true");
    expect(cellAnchor(null)).toBe("");
    expect(cellAnchor({ kind: "date", serial: 44302 })).toBe("");
  });
});

describe("findHeaderRow", () => {
  it("finds the row holding most expected headers, numbers among them", () => {
    const grid = {
      name: "B1",
      rows: [["Biểu 1"], [], ["STT", "Chỉ tiêu", 2020, "Năm 2021"], [1, "Số cuộc", 3, 4]],
    };
    const found = findHeaderRow(grid, ["STT", "Chỉ tiêu", "2020", "Năm 2021"], 2);
    expect(found?.row).toBe(2);
    expect(found?.columns.get("2020")).toBe(2);
    expect(found?.columns.get("nam 2021")).toBe(3);
  });

  it("keeps the first of equally good rows, and a later row that holds more", () => {
    const headers = ["STT", "Chỉ tiêu", "SL"];
    const twice = { name: "B1", rows: [["STT", "Chỉ tiêu", "SL"], [], ["STT", "Chỉ tiêu", "SL"]] };
    expect(findHeaderRow(twice, headers, 2)?.row).toBe(0);
    const better = { name: "B1", rows: [["STT", "Chỉ tiêu"], [], ["STT", "Chỉ tiêu", "SL"]] };
    expect(findHeaderRow(better, headers, 2)?.row).toBe(2);
    const none = { name: "B1", rows: [["STT"], ["Ghi chú"]] };
    expect(findHeaderRow(none, headers, 2)).toBeUndefined();
  });

  it("reads a header spanning rows: a group header above one value column", () => {
    const grid = {
      name: "B1",
      rows: [
        ["Biểu 1"],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả thực hiện"],
        [null, null, null, "Số lượng"],
        ["1", "Số cuộc", "Cuộc", 3],
      ],
    };
    const found = findHeaderRow(grid, ["STT", "Chỉ tiêu", "Số lượng"], 1);
    expect(found?.row).toBe(2);
    expect([...found!.columns]).toEqual([
      ["stt", 0],
      ["chi tieu", 1],
      ["so luong", 3],
    ]);
  });
});
