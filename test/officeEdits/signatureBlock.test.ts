import { XlsxParts } from "../corpus/xlsxParts";
import { consolidateSet, findingsOf, typeText, unitSet } from "./officeSet";

const L1 = "L1 Mô hình điển hình";
const L2 = "L2 Đề nghị khen thưởng";

/** Cells an office types under a table: [ref, text]. */
type Block = Array<[string, string]>;

/** Under L2 (rows 5–6 filled): a blank row, the date line, capacities, titles, names. */
const afterBlankRow: Block = [
  ["E8", "Đà Nẵng, ngày 28 tháng 4 năm 2021"],
  ["B9", "Người lập biểu"],
  ["E9", "T/M CHI ỦY"],
  ["E10", "BÍ THƯ"],
  ["B11", "(Ký, ghi rõ họ tên)"],
  ["E11", "(Ký, ghi rõ họ tên)"],
  ["C14", "Nguyễn Thị Hằng"],
  ["E14", "Trần Văn Bình"],
];

/** Right under the last row, no blank row, as some clerks do. */
const noGap: Block = [
  ["C7", "Người lập biểu"],
  ["E7", "T/M ĐẢNG ỦY"],
  ["E8", "PHÓ BÍ THƯ"],
  ["C11", "Lê Văn Tâm"],
  ["E11", "Phạm Thị Thu"],
];

/** Under L1 (row 5 filled), below the template's empty rows: notes, recipients, signature. */
const belowTemplate: Block = [
  ["B36", "Ghi chú: số liệu tính đến ngày 30/4/2021"],
  ["B38", "Nơi nhận:"],
  ["B39", "- Đảng ủy Khối (b/c);"],
  ["B40", "- Lưu VP."],
  ["E38", "T/M BAN THƯỜNG VỤ"],
  ["E39", "BÍ THƯ"],
  ["E43", "Hoàng Minh Châu"],
];

const blocks: Record<string, Array<[string, Block]>> = {
  CBCS01: [
    [L2, afterBlankRow],
    [L1, belowTemplate],
  ],
  DBCS02: [
    [L2, noGap],
    [L1, afterBlankRow.map(([ref, t]) => [ref.replace(/\d+/, (r) => String(Number(r) - 2)), t])],
  ],
  DBCS09: [
    [L2, belowTemplate],
    [L1, noGap.map(([ref, t]) => [ref.replace(/\d+/, (r) => String(Number(r) - 1)), t])],
  ],
};

describe("a signature block under a list table", () => {
  it("is not read as list rows: same totals and lists as the original set, a note per list", async () => {
    const original = consolidateSet(await unitSet());
    const signed = consolidateSet(
      await unitSet((bytes, code) => {
        const x = XlsxParts.of(bytes);
        for (const [sheet, block] of blocks[code])
          x.editSheet(sheet, (xml) => block.reduce((acc, [ref, t]) => typeText(acc, ref, t), xml));
        return x.bytes();
      }),
    );
    expect(findingsOf(signed, ["error", "warning"])).toEqual([]);
    expect(signed.totals).toEqual(original.totals);
    expect(signed.lists).toEqual(original.lists);
    const notes = signed.findings.filter((f) => f.code === "I_TABLE_END");
    expect(notes.map((f) => `${f.unit} ${f.sheet}!${f.cell}`).sort()).toEqual([
      `CBCS01 ${L1}!B36`,
      `CBCS01 ${L2}!E8`,
      `DBCS02 ${L1}!E6`,
      `DBCS02 ${L2}!C7`,
      `DBCS09 ${L1}!C6`,
      `DBCS09 ${L2}!B36`,
    ]);
  });

  it("still lets a real row with a mistake in it through, with its error", async () => {
    const withTypo = consolidateSet(
      await unitSet((bytes, code) => {
        if (code !== "CBCS01") return bytes;
        const x = XlsxParts.of(bytes);
        // A third nominee after a blank row, its form mistyped, then the signature.
        x.editSheet(L2, (xml) =>
          [
            ["A8", "3"],
            ["B8", "Cá nhân"],
            ["C8", "Lê Thị Mai"],
            ["D8", "Bí thư Chi đoàn"],
            ["E8", "Ba năm liền hoàn thành xuất sắc nhiệm vụ"],
            ["F8", "Giấy khen"],
            ["B10", "Người lập biểu"],
            ["E10", "BÍ THƯ"],
          ].reduce((acc, [ref, t]) => typeText(acc, ref, t), xml),
        );
        return x.bytes();
      }),
    );
    expect(withTypo.lists.L2.filter((r) => r.unit === "CBCS01").map((r) => r.row.name)).toEqual([
      "Phòng Hành chính – Tổng hợp",
      "Trần Văn Bình",
      "Lê Thị Mai",
    ]);
    expect(findingsOf(withTypo, ["error"])).toEqual([
      expect.stringMatching(/^CBCS01 E_TYPE L2 Đề nghị khen thưởng!F8 /),
    ]);
  });
});
