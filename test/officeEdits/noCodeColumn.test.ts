import { deleteRow, XlsxParts } from "../corpus/xlsxParts";
import { consolidateSet, deleteColumnA, findingsOf, unitSet } from "./officeSet";

const INDICATOR_SHEETS = [
  "B1 Quán triệt, triển khai",
  "B2 Kết quả thực hiện",
  "B3 Kỷ luật, vi phạm",
  "B4 Khen thưởng",
];
const B3 = "B3 Kỷ luật, vi phạm";

/** The office deletes the STT column of every indicator table (Excel's "Delete column"). */
function withoutCodes(bytes: Uint8Array, more?: (x: XlsxParts) => void): Uint8Array {
  const x = XlsxParts.of(bytes);
  for (const sheet of INDICATOR_SHEETS) x.editSheet(sheet, deleteColumnA);
  more?.(x);
  return x.bytes();
}

describe("indicator tables without the STT column", () => {
  it("match repeated sub-labels (Khiển trách, Cảnh cáo, Cấp Trung ương…) by their parent row", async () => {
    const original = consolidateSet(await unitSet());
    const noCodes = consolidateSet(await unitSet((bytes) => withoutCodes(bytes)));
    expect(findingsOf(noCodes, ["error", "warning"])).toEqual([]);
    expect(noCodes.totals).toEqual(original.totals);
  });

  it("keep a sub-label whose parent row is gone out of the totals, with an error naming the cells", async () => {
    // Row 18 of B3 is "4. Số cán bộ… bị kỷ luật hành chính", the parent of a second
    // "Khiển trách" and "Cảnh cáo" ("Cách chức" still follows the unique "Giáng chức").
    const run = consolidateSet(
      await unitSet((bytes, code) =>
        code === "CBCS01"
          ? withoutCodes(bytes, (x) => x.editSheet(B3, (xml) => deleteRow(xml, 18)))
          : withoutCodes(bytes),
      ),
    );
    const errors = run.findings.filter((f) => f.unit === "CBCS01" && f.severity === "error");
    expect(errors.map((f) => `${f.code} ${f.indicator} ${f.cell}`)).toEqual([
      "E_ROW_MISSING 4 undefined",
      "E_AMBIGUOUS 4.1 A14",
      "E_AMBIGUOUS 4.2 A15",
    ]);
    expect(errors[1].message.vi).toContain("A14, A18");
    const b3 = run.totals as Record<string, Record<string, Record<string, number | null>>>;
    // Only the two other units' 4.1 (2 × 1 + 3 × 1): CBCS01's is kept out, not guessed.
    expect(b3.B3["4.1"].SL).toBe(5);
    expect(b3.B3["3.1"].SL).toBe(1 + 2 + 3);
  });
});
