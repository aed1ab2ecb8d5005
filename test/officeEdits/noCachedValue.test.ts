import { setCell, XlsxParts } from "../corpus/xlsxParts";
import {
  consolidateSet,
  findingsOf,
  resaveWithLibreOffice,
  soffice,
  unitSet,
  type UnitFile,
} from "./officeSet";

const B1 = "B1 Quán triệt, triển khai";
const B3 = "B3 Kỷ luật, vi phạm";

/**
 * Input cells a clerk turned into formulas, in a file saved by a program that writes formulas
 * without computing them (a script, an export tool): no cached value (<v>) anywhere.
 * B1!D6 "Tổng số đảng viên" from the info sheet, B3!D6 the sum of its sub-rows.
 */
function formulasWithoutValues(bytes: Uint8Array): Uint8Array {
  const x = XlsxParts.of(bytes);
  x.editSheet(B1, (xml) => setCell(xml, "D6", undefined, "<f>'Thông tin đơn vị'!C9</f>"));
  x.editSheet(B3, (xml) => setCell(xml, "D6", undefined, "<f>SUM(D7:D10)</f>"));
  return x.bytes();
}

type Totals = Record<string, Record<string, Record<string, number | null>>>;

describe("a formula saved without its calculated value", () => {
  it("is an error naming the cell and saying how to fix it, its value kept out", async () => {
    const original = consolidateSet(await unitSet());
    const uncalculated = consolidateSet(
      await unitSet((bytes, code) => (code === "CBCS01" ? formulasWithoutValues(bytes) : bytes)),
    );
    expect(findingsOf(uncalculated, ["error", "warning"])).toEqual([
      expect.stringMatching(/^CBCS01 E_NO_CACHED_VALUE B1 Quán triệt, triển khai!D6 /),
      expect.stringMatching(/^CBCS01 E_NO_CACHED_VALUE B3 Kỷ luật, vi phạm!D6 /),
    ]);
    const message = uncalculated.findings[0].message.vi;
    expect(message).toContain("'Thông tin đơn vị'!C9");
    expect(message).toContain("lưu mà không có giá trị đã tính");
    expect(message).toContain("mở tệp bằng Excel");
    expect(message).not.toContain("Chưa nhập");
    const before = original.totals as Totals;
    const after = uncalculated.totals as Totals;
    // CBCS01 (k = 1) had 24 and 4 there: the other units' values only, nothing guessed.
    expect(after.B1["1"].SL).toBe((before.B1["1"].SL as number) - 24);
    expect(after.B3["1"].SL).toBe((before.B3["1"].SL as number) - 4);
    expect(after.B1["2"]).toEqual(before.B1["2"]);
  });

  (soffice ? it : it.skip)(
    "once opened, calculated and saved again (the fix the message gives), gives the original totals",
    async () => {
      const original = consolidateSet(await unitSet());
      const files: UnitFile[] = (await unitSet()).map((f) =>
        f.name === "CBCS01.xlsx"
          ? {
              name: f.name,
              bytes: resaveWithLibreOffice(
                soffice!,
                formulasWithoutValues(f.bytes),
                f.name,
                "xlsx",
                {
                  recalculate: true,
                },
              ),
            }
          : f,
      );
      const fixed = consolidateSet(files);
      expect(findingsOf(fixed, ["error"])).toEqual([]);
      expect(fixed.totals).toEqual(original.totals);
    },
  );
});
